using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>The countries a billing address may name (ISO 3166-1 alpha-2), for forms to offer exactly what is accepted.</summary>
public static class BillingCountries
{
    public static IReadOnlyCollection<string> Codes => BillingAddress.CountryCodes;
}
