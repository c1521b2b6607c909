namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>An archived product is no longer sold; its subscriptions go on.</summary>
public sealed record ArchiveProductCommand(BusinessId BusinessId, Mode Mode, string ProductId, bool Archived) : ICommand<ProductDto>;
