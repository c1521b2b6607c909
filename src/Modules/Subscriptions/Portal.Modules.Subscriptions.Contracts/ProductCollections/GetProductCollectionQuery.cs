namespace Portal.Modules.Subscriptions.Contracts.ProductCollections;

public sealed record GetProductCollectionQuery(BusinessId BusinessId, Mode Mode, string CollectionId) : IQuery<ProductCollectionDto>;
