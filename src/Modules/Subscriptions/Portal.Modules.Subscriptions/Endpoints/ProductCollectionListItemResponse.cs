using Portal.Modules.Subscriptions.Contracts.ProductCollections;


namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>Dodo's <c>ProductCollectionListResponse</c>: a collection without its products, only how many.</summary>
internal sealed record ProductCollectionListItemResponse(
    string Id, string Name, string? Description, int ProductsCount, string? Image, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProductCollectionListItemResponse From(ProductCollectionDto c) =>
        new(c.Id, c.Name, c.Description, c.Products.Count, null, c.CreatedAt, c.UpdatedAt);
}
