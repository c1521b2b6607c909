using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Licensing.Infrastructure.Persistence.Configurations;

internal sealed class LicenseKeyInstanceConfiguration : IEntityTypeConfiguration<LicenseKeyInstance>
{
    public void Configure(EntityTypeBuilder<LicenseKeyInstance> builder)
    {
        builder.ToTable("license_key_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion<PrefixedIdConverter<LicenseKeyInstanceId>>().HasMaxLength(64);
        builder.Property(i => i.LicenseKeyId).HasConversion<PrefixedIdConverter<LicenseKeyId>>().HasMaxLength(64);
        builder.Property(i => i.Name).HasMaxLength(LicenseKeyInstance.MaxNameLength);
        builder.HasOne<LicenseKey>().WithMany().HasForeignKey(i => i.LicenseKeyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.LicenseKeyId, i.CreatedAt });
        builder.HasIndex(i => new { i.BusinessId, i.Mode, i.CreatedAt });
    }
}
