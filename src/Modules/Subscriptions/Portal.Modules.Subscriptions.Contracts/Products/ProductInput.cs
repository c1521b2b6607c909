namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>
/// What a merchant types for a product. Kind: <c>one_time</c>, <c>subscription</c> or <c>usage_based</c>;
/// interval unit: <c>day</c>, <c>week</c>, <c>month</c> or <c>year</c> (recurring products only);
/// prices in minor units before tax; tax in basis points (2200 = 22%).
/// </summary>
public sealed record ProductInput(
    string? Name,
    string? Description,
    string? Kind,
    long Price,
    string? Currency,
    int TaxRateBasisPoints,
    string? IntervalUnit,
    int? IntervalCount,
    int? TermPeriods,
    bool IssuesLicenseKeys,
    int? LicenseActivationLimit,
    int? LicenseDurationDays);
