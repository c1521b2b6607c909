namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class PortalSessionConfiguration : IEntityTypeConfiguration<PortalSession>
{
    public void Configure(EntityTypeBuilder<PortalSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasIndex(s => new { s.BusinessId, s.Mode, s.CustomerId });
        builder.HasIndex(s => s.CustomerId);
        builder.Property(s => s.Email).HasMaxLength(254);
    }
}
