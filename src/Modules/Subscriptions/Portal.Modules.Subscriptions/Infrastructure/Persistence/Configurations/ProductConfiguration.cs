using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion<PrefixedIdConverter<ProductId>>().HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(Product.MaxNameLength);
        builder.Property(p => p.Description).HasMaxLength(Product.MaxDescriptionLength);
        builder.Property(p => p.Kind).HasConversion<WireNameConverter<ProductKind>>().HasMaxLength(16);
        builder.Property(p => p.IntervalUnit).HasConversion<WireNameConverter<IntervalUnit>>().HasMaxLength(8);
        builder.Ignore(p => p.Interval);
        builder.Ignore(p => p.License);
        builder.HasIndex(p => new { p.BusinessId, p.Mode, p.CreatedAt });
    }
}
