namespace Portal.Modules.Subscriptions.Contracts.Products;

public sealed record GetProductQuery(BusinessId BusinessId, Mode Mode, string ProductId) : IQuery<ProductDto>;
