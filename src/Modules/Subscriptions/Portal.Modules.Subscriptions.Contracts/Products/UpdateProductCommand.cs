namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>Changes a product for new subscriptions; existing ones keep the price and interval of their day.</summary>
public sealed record UpdateProductCommand(BusinessId BusinessId, Mode Mode, string ProductId, ProductInput Product) : ICommand<ProductDto>;
