namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>
/// A product as pages and the API show it; <see cref="IntervalUnit"/> is set for recurring products only.
/// </summary>
public sealed record ProductDto(
    string Id,
    string BusinessId,
    Mode Mode,
    string Name,
    string? Description,
    ProductKind Kind,
    long Price,
    string Currency,
    int TaxRateBasisPoints,
    IntervalUnit? IntervalUnit,
    int? IntervalCount,
    int? TermPeriods,
    bool IssuesLicenseKeys,
    int? LicenseActivationLimit,
    int? LicenseDurationDays,
    bool IsArchived,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool IsRecurring => Kind != ProductKind.OneTime;
}
