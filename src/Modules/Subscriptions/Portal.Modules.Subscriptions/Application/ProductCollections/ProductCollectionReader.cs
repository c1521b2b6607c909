using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;
using Portal.Modules.Subscriptions.Domain.ProductCollections;

namespace Portal.Modules.Subscriptions.Application.ProductCollections;

/// <summary>Turns collections into DTOs with their products, in one query for all of them.</summary>
internal sealed class ProductCollectionReader(ISubscriptionsDbContext db)
{
    public async Task<IReadOnlyList<ProductCollectionDto>> ReadAsync(IReadOnlyList<ProductCollection> collections, CancellationToken cancellationToken)
    {
        var ids = collections.SelectMany(c => c.ProductIds).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return
        [
            .. collections.Select(c => new ProductCollectionDto(
                c.Id.Value,
                c.Name,
                c.Description,
                [.. c.ProductIds.Where(products.ContainsKey).Select(id => ProductMapping.ToDto(products[id]))],
                c.CreatedAt,
                c.UpdatedAt)),
        ];
    }
}
