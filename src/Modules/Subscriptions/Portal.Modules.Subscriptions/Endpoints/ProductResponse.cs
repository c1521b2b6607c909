namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>Product</c> (<c>GET /products/{id}</c>). The brand is the business (one brand each); every
/// product is in the <c>digital_products</c> tax category, since tax here is the product's own rate.
/// Entitlements, add-ons, images and metadata this platform does not have are present and empty.
/// </summary>
internal sealed record ProductResponse(
    string ProductId,
    string BusinessId,
    string BrandId,
    string Name,
    string? Description,
    object Price,
    bool IsRecurring,
    string TaxCategory,
    bool LicenseKeyEnabled,
    int? LicenseKeyActivationsLimit,
    ProductResponse.Duration? LicenseKeyDuration,
    string? LicenseKeyActivationMessage,
    IReadOnlyList<object> Entitlements,
    IReadOnlyList<object> CreditEntitlements,
    IReadOnlyList<string>? Addons,
    string? Image,
    string? PricingMode,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public const string DigitalProducts = "digital_products";

    public static ProductResponse From(ProductDto p) =>
        new(
            p.Id,
            p.BusinessId,
            p.BusinessId,
            p.Name,
            p.Description,
            ProductPrice.From(p),
            p.IsRecurring,
            DigitalProducts,
            p.IssuesLicenseKeys,
            p.IssuesLicenseKeys ? p.LicenseActivationLimit : null,
            p.IssuesLicenseKeys && p.LicenseDurationDays is { } days ? new Duration(days, "Day") : null,
            null,
            [],
            [],
            null,
            null,
            null,
            new Dictionary<string, string>(),
            p.CreatedAt,
            p.UpdatedAt);

    /// <summary>How long a license key issued for the product stays valid; null while the purchase is paid for.</summary>
    internal sealed record Duration(int Count, string Interval);
}
