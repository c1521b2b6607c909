using Portal.BuildingBlocks.Contracts;

namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>
/// A product as pages and the API show it. <see cref="Kind"/> is <c>one_time</c>, <c>subscription</c>
/// or <c>usage_based</c>; <see cref="IntervalUnit"/> is <c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.
/// </summary>
public sealed record ProductDto(
    string Id,
    string BusinessId,
    Mode Mode,
    string Name,
    string? Description,
    string Kind,
    long Price,
    string Currency,
    int TaxRateBasisPoints,
    string? IntervalUnit,
    int? IntervalCount,
    int? TermPeriods,
    bool IssuesLicenseKeys,
    int? LicenseActivationLimit,
    int? LicenseDurationDays,
    bool IsArchived,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool IsRecurring => Kind != "one_time";
}
