namespace Portal.Modules.Subscriptions.Domain.Products;

/// <summary>What a license key issued for a product allows: activations (null = unlimited) and validity in days (null = while paid for).</summary>
internal sealed record LicenseTerms(int? ActivationLimit, int? DurationDays)
{
    public static LicenseTerms Create(int? activationLimit, int? durationDays) =>
        activationLimit is < 1 or > 10_000
            ? throw new DomainException(Error.Validation("INVALID_ACTIVATION_LIMIT", "The activation limit is 1 to 10000, or empty for unlimited."))
            : durationDays is < 1 or > 36_500
                ? throw new DomainException(Error.Validation("INVALID_LICENSE_DURATION", "A license lasts 1 to 36500 days, or empty for as long as it is paid for."))
                : new LicenseTerms(activationLimit, durationDays);
}
