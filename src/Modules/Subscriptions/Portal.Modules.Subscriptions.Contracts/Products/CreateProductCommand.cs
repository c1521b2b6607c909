using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Subscriptions.Contracts.Products;

public sealed record CreateProductCommand(BusinessId BusinessId, Mode Mode, ProductInput Product) : ICommand<ProductDto>;
