using Portal.BuildingBlocks.Application.Paging;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Products.ListProducts;

internal sealed class ListProductsQueryHandler(ISubscriptionsDbContext db) : IQueryHandler<ListProductsQuery, IReadOnlyList<ProductDto>>
{
    public async Task<IReadOnlyList<ProductDto>> Handle(ListProductsQuery query, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Where(p => p.BusinessId == query.BusinessId && p.Mode == query.Mode);
        if (query.Archived is { } archived)
        {
            products = products.Where(p => p.IsArchived == archived);
        }

        if (query.Recurring is { } recurring)
        {
            products = recurring ? products.Where(p => p.Kind != ProductKind.OneTime) : products.Where(p => p.Kind == ProductKind.OneTime);
        }

        var page = await products
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return [.. page.Select(ProductMapping.ToDto)];
    }
}
