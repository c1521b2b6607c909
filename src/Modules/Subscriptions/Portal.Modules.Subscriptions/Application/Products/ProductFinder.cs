using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Application.Products;

/// <summary>A product of this business and mode, or 404 (a foreign or malformed id looks the same as a missing one).</summary>
internal static class ProductFinder
{
    public static async Task<Product> FindAsync(IQueryable<Product> products, BusinessId businessId, Mode mode, string? productId, CancellationToken cancellationToken) =>
        PrefixedId.TryParse<ProductId>(productId, out var id)
        && await products.FirstOrDefaultAsync(p => p.Id == id && p.BusinessId == businessId && p.Mode == mode, cancellationToken) is { } product
            ? product
            : throw new DomainException(Error.NotFound("Product not found."));
}
