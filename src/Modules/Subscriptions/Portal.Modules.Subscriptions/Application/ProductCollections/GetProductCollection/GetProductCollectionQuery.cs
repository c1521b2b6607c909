using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Subscriptions.Application.ProductCollections.GetProductCollection;

public sealed record GetProductCollectionQuery(BusinessId BusinessId, Mode Mode, string CollectionId) : IQuery<ProductCollectionDto>;
