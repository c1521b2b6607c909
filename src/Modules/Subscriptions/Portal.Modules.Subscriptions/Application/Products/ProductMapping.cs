using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Application.Products;

/// <summary>Between the product's domain and its public words (snake_case kinds and units).</summary>
internal static class ProductMapping
{
    public static ProductDto ToDto(Product p) => new(
        p.Id.Value,
        p.BusinessId.Value,
        p.Mode,
        p.Name,
        p.Description,
        Word(p.Kind),
        p.Price,
        p.Currency.Code,
        p.TaxRateBasisPoints,
        p.IntervalUnit is { } unit ? Word(unit) : null,
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
        var kind = Parse<ProductKind>(input.Kind)
            ?? throw new DomainException(Error.Validation("INVALID_PRODUCT_KIND", "The kind is one_time, subscription or usage_based."));
        BillingInterval? interval = null;
        if (input.IntervalUnit is not null || input.IntervalCount is not null)
        {
            var unit = Parse<IntervalUnit>(input.IntervalUnit)
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

    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static TEnum? Parse<TEnum>(string? word)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (TEnum?)v).FirstOrDefault(v => Word(v!.Value) == word?.Trim().ToLowerInvariant());
}
