namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => new { k.BusinessId, k.Mode });
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Hint).HasMaxLength(32);
    }
}
