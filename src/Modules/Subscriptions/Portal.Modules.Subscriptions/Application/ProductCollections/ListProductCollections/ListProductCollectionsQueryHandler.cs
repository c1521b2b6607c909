using Portal.BuildingBlocks.Application.Paging;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;

namespace Portal.Modules.Subscriptions.Application.ProductCollections.ListProductCollections;

internal sealed class ListProductCollectionsQueryHandler(ISubscriptionsDbContext db, ProductCollectionReader reader)
    : IQueryHandler<ListProductCollectionsQuery, IReadOnlyList<ProductCollectionDto>>
{
    public async Task<IReadOnlyList<ProductCollectionDto>> Handle(ListProductCollectionsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.ProductCollections.AsNoTracking()
            .Where(c => c.BusinessId == query.BusinessId && c.Mode == query.Mode)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return await reader.ReadAsync(page, cancellationToken);
    }
}
