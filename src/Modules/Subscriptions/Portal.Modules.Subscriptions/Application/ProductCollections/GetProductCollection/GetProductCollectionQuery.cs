using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Application.ProductCollections.GetProductCollection;

public sealed record GetProductCollectionQuery(BusinessId BusinessId, Mode Mode, string CollectionId) : IQuery<ProductCollectionDto>;
