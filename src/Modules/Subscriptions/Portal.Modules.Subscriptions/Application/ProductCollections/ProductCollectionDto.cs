using Portal.Modules.Subscriptions.Application.Products;

namespace Portal.Modules.Subscriptions.Application.ProductCollections;

/// <summary>A collection with its products in tier order, lowest first.</summary>
public sealed record ProductCollectionDto(
    string Id, string Name, string? Description, IReadOnlyList<ProductDto> Products, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
