namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class PortalLinkConfiguration : IEntityTypeConfiguration<PortalLink>
{
    public void Configure(EntityTypeBuilder<PortalLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.ExpiresAt);
        // Blocking a customer or closing a portal voids their unused links in one statement.
        builder.HasIndex(l => l.CustomerId);
        builder.HasIndex(l => l.BusinessId);
        builder.Property(l => l.ReturnUrl).HasMaxLength(2048);
        builder.Property(l => l.LandingPath).HasMaxLength(200);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(20);
    }
}
