namespace Portal.Modules.Subscriptions.Contracts.ProductCollections;

public sealed record ListProductCollectionsQuery(BusinessId BusinessId, Mode Mode, int PageNumber, int PageSize) : IQuery<IReadOnlyList<ProductCollectionDto>>, IPagedQuery;
