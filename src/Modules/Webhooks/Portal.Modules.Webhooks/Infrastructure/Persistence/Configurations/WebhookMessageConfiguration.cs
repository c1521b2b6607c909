using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class WebhookMessageConfiguration : IEntityTypeConfiguration<WebhookMessage>
{
    public void Configure(EntityTypeBuilder<WebhookMessage> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(64);
        builder.Property(m => m.Type).HasMaxLength(64);
        builder.HasIndex(m => new { m.BusinessId, m.Mode, m.CreatedAt });
        // The purge of old messages.
        builder.HasIndex(m => m.CreatedAt);
    }
}
