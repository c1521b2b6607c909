using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.MessageId).HasMaxLength(64);
        builder.Property(d => d.EndpointId).HasConversion<PrefixedIdConverter<WebhookEndpointId>>().HasMaxLength(64);
        builder.Property(d => d.Status).HasConversion<WireNameConverter<DeliveryStatus>>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        builder.HasOne<WebhookMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.MessageId, d.EndpointId }).IsUnique();
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'pending'");
        // The claim walks each endpoint's due deliveries.
        builder.HasIndex(d => new { d.EndpointId, d.NextAttemptAt }).HasFilter("status = 'pending'");
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });
    }
}
