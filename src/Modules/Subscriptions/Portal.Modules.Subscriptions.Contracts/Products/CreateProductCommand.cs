namespace Portal.Modules.Subscriptions.Contracts.Products;

public sealed record CreateProductCommand(BusinessId BusinessId, Mode Mode, ProductInput Product) : ICommand<ProductDto>;
