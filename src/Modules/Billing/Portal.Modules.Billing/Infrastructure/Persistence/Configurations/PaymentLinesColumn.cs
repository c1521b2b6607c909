using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

/// <summary>Lines of a payment or an invoice: a jsonb array written once and never queried inside.</summary>
internal static class PaymentLinesColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The JSON a payment's lines contain when one of them is for this product (for <c>lines @&gt; …</c>).</summary>
    public static string OfProduct(string productId) => JsonSerializer.Serialize(new[] { new { productId } }, Json);

    public static void Map(PropertyBuilder<PaymentLine[]> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                lines => JsonSerializer.Serialize(lines, Json),
                json => JsonSerializer.Deserialize<PaymentLine[]>(json, Json) ?? Array.Empty<PaymentLine>(),
                new ValueComparer<PaymentLine[]>((a, b) => a!.SequenceEqual(b!), lines => lines.Aggregate(0, (hash, line) => HashCode.Combine(hash, line)), lines => lines.ToArray()));
}
