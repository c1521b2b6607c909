using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Licensing.Infrastructure.Persistence.Configurations;

internal sealed class LicenseSigningKeyConfiguration : IEntityTypeConfiguration<LicenseSigningKey>
{
    public void Configure(EntityTypeBuilder<LicenseSigningKey> builder)
    {
        builder.ToTable("signing_keys");

        // One pair per business and mode: the key the first-use INSERT … ON CONFLICT relies on.
        builder.HasKey(k => new { k.BusinessId, k.Mode });
        builder.Property(k => k.KeyId).HasMaxLength(16);
        builder.Property(k => k.PublicKey).HasMaxLength(LicenseSigningKey.PublicKeyLength);
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(1024);
    }
}
