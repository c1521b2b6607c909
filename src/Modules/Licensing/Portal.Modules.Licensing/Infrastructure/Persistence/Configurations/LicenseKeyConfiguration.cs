using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Licensing.Infrastructure.Persistence.Configurations;

internal sealed class LicenseKeyConfiguration : IEntityTypeConfiguration<LicenseKey>
{
    public void Configure(EntityTypeBuilder<LicenseKey> builder)
    {
        builder.ToTable("license_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasConversion<PrefixedIdConverter<LicenseKeyId>>().HasMaxLength(64);
        builder.Property(k => k.ProductId).HasConversion<PrefixedIdConverter<ProductId>>().HasMaxLength(64);
        builder.Property(k => k.PaymentId).HasConversion<PrefixedIdConverter<PaymentId>>().HasMaxLength(64);
        builder.Property(k => k.SubscriptionId).HasConversion<PrefixedIdConverter<SubscriptionId>>().HasMaxLength(64);
        builder.Property(k => k.ProductName).HasMaxLength(200);
        builder.Property(k => k.KeyHash).HasMaxLength(32);
        builder.Property(k => k.IssuanceKey).HasMaxLength(200);

        // A key is found by its hash alone; the mode is checked after, so a test key is unknown in live.
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => new { k.BusinessId, k.Mode, k.IssuanceKey }).IsUnique();
        builder.HasIndex(k => new { k.BusinessId, k.Mode, k.CustomerId });
        builder.HasIndex(k => new { k.BusinessId, k.Mode, k.CreatedAt });
        builder.HasIndex(k => k.SubscriptionId).HasFilter("subscription_id IS NOT NULL");
    }
}
