using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;

namespace Portal.Modules.Subscriptions.Application.ProductCollections.GetProductCollection;

internal sealed class GetProductCollectionQueryHandler(ISubscriptionsDbContext db, ProductCollectionReader reader)
    : IQueryHandler<GetProductCollectionQuery, ProductCollectionDto>
{
    public async Task<ProductCollectionDto> Handle(GetProductCollectionQuery query, CancellationToken cancellationToken) =>
        PrefixedId.TryParse<ProductCollectionId>(query.CollectionId, out var id)
        && await db.ProductCollections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.BusinessId == query.BusinessId && c.Mode == query.Mode, cancellationToken) is { } collection
            ? (await reader.ReadAsync([collection], cancellationToken))[0]
            : throw new DomainException(Error.NotFound("Product collection not found."));
}
