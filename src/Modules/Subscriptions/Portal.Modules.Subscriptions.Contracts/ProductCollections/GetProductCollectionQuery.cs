using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Subscriptions.Contracts.ProductCollections;

public sealed record GetProductCollectionQuery(BusinessId BusinessId, Mode Mode, string CollectionId) : IQuery<ProductCollectionDto>;
