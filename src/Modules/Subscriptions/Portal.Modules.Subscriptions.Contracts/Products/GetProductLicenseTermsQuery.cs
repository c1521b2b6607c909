namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>
/// What a license key issued for each of these products allows, for those of them that issue keys
/// (the others, and unknown ids, are absent from the answer), in one round trip.
/// </summary>
public sealed record GetProductLicenseTermsQuery(string BusinessId, Mode Mode, IReadOnlyCollection<string> ProductIds)
    : IQuery<IReadOnlyList<ProductLicenseTerms>>;

/// <summary>A product's license terms: activations (null = unlimited) and validity in days (null = while paid for).</summary>
public sealed record ProductLicenseTerms(string ProductId, string ProductName, int? ActivationLimit, int? DurationDays);
