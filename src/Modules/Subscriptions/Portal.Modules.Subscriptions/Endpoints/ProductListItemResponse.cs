namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>Dodo's <c>ProductListResponse</c>: the list's summary of a product, its price flat and in detail.</summary>
internal sealed record ProductListItemResponse(
    string ProductId,
    string BusinessId,
    string Name,
    string? Description,
    long Price,
    string Currency,
    object PriceDetail,
    bool TaxInclusive,
    bool IsRecurring,
    string TaxCategory,
    IReadOnlyList<object> Entitlements,
    string? Image,
    string? PricingMode,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProductListItemResponse From(ProductDto p) =>
        new(
            p.Id,
            p.BusinessId,
            p.Name,
            p.Description,
            p.Price,
            p.Currency,
            ProductPrice.From(p),
            false,
            p.IsRecurring,
            ProductResponse.DigitalProducts,
            [],
            null,
            null,
            new Dictionary<string, string>(),
            p.CreatedAt,
            p.UpdatedAt);
}
