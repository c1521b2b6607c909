namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class MerchantUserConfiguration : IEntityTypeConfiguration<MerchantUser>
{
    public void Configure(EntityTypeBuilder<MerchantUser> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.HasIndex(u => u.BusinessId);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
    }
}
