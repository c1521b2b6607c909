using Portal.Modules.Subscriptions.Contracts.ProductCollections;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>ProductCollection</c>. A collection here is one ordered list of tiers, so it answers one
/// unnamed group (its id is the collection's) whose products are in tier order, lowest first. A product
/// archived since is still listed, with <c>status: false</c>. Plan-change defaults are not set per
/// collection here: those fields are null (inherit).
/// </summary>
internal sealed record ProductCollectionResponse(
    string Id,
    string BrandId,
    string Name,
    string? Description,
    IReadOnlyList<ProductCollectionResponse.Group> Groups,
    string? Image,
    string? EffectiveAtOnDowngrade,
    string? EffectiveAtOnUpgrade,
    string? OnPaymentFailure,
    string? ProrationBillingModeOnDowngrade,
    string? ProrationBillingModeOnUpgrade,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProductCollectionResponse From(ProductCollectionDto c, string businessId) =>
        new(
            c.Id,
            businessId,
            c.Name,
            c.Description,
            [new Group(c.Id, null, true, [.. c.Products.Select(GroupProduct.From)])],
            null,
            null,
            null,
            null,
            null,
            null,
            c.CreatedAt,
            c.UpdatedAt);

    internal sealed record Group(string GroupId, string? GroupName, bool Status, IReadOnlyList<GroupProduct> Products);

    /// <summary>Dodo's <c>ProductCollectionProduct</c>; its <c>id</c> is the product's, unique in the collection.</summary>
    internal sealed record GroupProduct(
        string Id,
        string ProductId,
        string Name,
        string? Description,
        long Price,
        string Currency,
        object PriceDetail,
        bool TaxInclusive,
        string TaxCategory,
        bool IsRecurring,
        bool LicenseKeyEnabled,
        bool Status,
        int AddonsCount,
        int FilesCount,
        int MetersCount,
        bool HasCreditEntitlements)
    {
        public static GroupProduct From(ProductDto p) =>
            new(p.Id, p.Id, p.Name, p.Description, p.Price, p.Currency, ProductPrice.From(p), false, ProductResponse.DigitalProducts,
                p.IsRecurring, p.IssuesLicenseKeys, !p.IsArchived, 0, 0, 0, false);
    }
}
