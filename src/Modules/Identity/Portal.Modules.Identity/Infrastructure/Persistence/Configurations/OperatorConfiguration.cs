namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(o => o.NormalizedEmail).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.PasswordHash).HasMaxLength(200);
    }
}
