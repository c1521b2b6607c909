using System.Text.Json;

namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

/// <summary>A payment's <see cref="ChargeText"/>: jsonb, a string for the merchant's words, an object for a platform sentence's key and arguments.</summary>
internal static class ChargeTextColumn
{
    public static void Map(PropertyBuilder<ChargeText> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                text => JsonSerializer.Serialize(text, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<ChargeText>(json, (JsonSerializerOptions?)null)!);
}
