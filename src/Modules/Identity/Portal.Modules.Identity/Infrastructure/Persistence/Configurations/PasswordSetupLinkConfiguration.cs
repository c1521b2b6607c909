namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class PasswordSetupLinkConfiguration : IEntityTypeConfiguration<PasswordSetupLink>
{
    public void Configure(EntityTypeBuilder<PasswordSetupLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.Area).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(l => new { l.Area, l.AccountId });
        builder.HasIndex(l => l.ExpiresAt);
    }
}
