using Portal.Modules.Subscriptions.Domain.ProductCollections;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Configurations;

internal sealed class ProductCollectionConfiguration : IEntityTypeConfiguration<ProductCollection>
{
    public void Configure(EntityTypeBuilder<ProductCollection> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion<PrefixedIdConverter<ProductCollectionId>>().HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Ignore(c => c.ProductIds);
        builder.Property<ProductId[]>("_productIds")
            .HasColumnName("product_ids")
            .HasConversion(
                ids => ids.Select(id => id.Value).ToArray(),
                values => values.Select(ProductId.FromTrusted).ToArray(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<ProductId[]>(
                    (a, b) => a!.SequenceEqual(b!), ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)), ids => ids.ToArray()))
            .HasColumnType("text[]");
        builder.Property(c => c.UpgradeMode).HasConversion<WireNameConverter<ProrationMode>>().HasMaxLength(32);
        builder.Property(c => c.DowngradeMode).HasConversion<WireNameConverter<ProrationMode>>().HasMaxLength(32);
        builder.HasIndex(c => new { c.BusinessId, c.Mode, c.CreatedAt });
    }
}
