using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Subscriptions.Contracts.Products;

public sealed record GetProductQuery(BusinessId BusinessId, Mode Mode, string ProductId) : IQuery<ProductDto>;
