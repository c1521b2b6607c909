using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Application.Products;

/// <summary>Between the product's domain and what pages and the API show and send.</summary>
internal static class ProductMapping
{
    public static ProductDto ToDto(Product p) => new(
        p.Id.Value,
        p.BusinessId.Value,
        p.Mode,
        p.Name,
        p.Description,
        p.Kind,
        p.Price,
        p.Currency.Code,
        p.TaxRateBasisPoints,
        p.IntervalUnit,
        p.IntervalCount,
        p.TermPeriods,
        p.IssuesLicenseKeys,
        p.LicenseActivationLimit,
        p.LicenseDurationDays,
        p.IsArchived,
        p.CreatedAt,
        p.UpdatedAt);

    public static ProductDefinition ToDefinition(ProductInput input)
    {
        var kind = TypedWords.Read<ProductKind>(input.Kind)
            ?? throw new DomainException(Error.Validation("INVALID_PRODUCT_KIND", "The kind is one_time, subscription or usage_based."));
        BillingInterval? interval = null;
        if (input.IntervalUnit is not null || input.IntervalCount is not null)
        {
            var unit = TypedWords.Read<IntervalUnit>(input.IntervalUnit)
                ?? throw new DomainException(Error.Validation("INVALID_BILLING_INTERVAL", "The interval unit is day, week, month or year."));
            interval = BillingInterval.Create(unit, input.IntervalCount ?? 1);
        }

        return new ProductDefinition(
            input.Name,
            input.Description,
            kind,
            input.Price,
            Currency.Of(input.Currency ?? string.Empty),
            input.TaxRateBasisPoints,
            interval,
            input.TermPeriods,
            input.IssuesLicenseKeys ? LicenseTerms.Create(input.LicenseActivationLimit, input.LicenseDurationDays) : null);
    }
}
