using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion<PrefixedIdConverter<WebhookEndpointId>>().HasMaxLength(64);
        builder.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.MaxUrlLength);
        builder.Property(e => e.Description).HasMaxLength(WebhookEndpoint.MaxDescriptionLength);
        builder.Property(e => e.Headers).HasColumnType("jsonb").HasConversion(JsonDictionary.Converter, JsonDictionary.Comparer);
        builder.Property(e => e.Metadata).HasColumnType("jsonb").HasConversion(JsonDictionary.Converter, JsonDictionary.Comparer);
        builder.Property(e => e.ProtectedSecret).HasMaxLength(1000);
        builder.Property(e => e.PreviousProtectedSecret).HasMaxLength(1000);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(255);
        builder.HasIndex(e => new { e.BusinessId, e.Mode, e.Sequence });
        builder.HasIndex(e => new { e.BusinessId, e.Mode, e.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
    }
}
