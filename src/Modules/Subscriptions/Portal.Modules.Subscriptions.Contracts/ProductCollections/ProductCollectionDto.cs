namespace Portal.Modules.Subscriptions.Contracts.ProductCollections;

/// <summary>A collection with its products in tier order, lowest first.</summary>
public sealed record ProductCollectionDto(
    string Id, string Name, string? Description, IReadOnlyList<ProductDto> Products, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
