namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Area).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(s => new { s.Area, s.AccountId });
        builder.HasIndex(s => s.ExpiresAt);
    }
}
