using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionCreateResponse</c> plus <c>status</c> (ours): the first period is charged at
/// once, so the answer already tells <c>active</c> (paid), <c>failed</c> (declined) or <c>pending</c>
/// (the gateway answers later; <c>payment_id</c> is then null until it does). No payment links here.
/// </summary>
internal sealed record SubscriptionCreateResponse(
    string SubscriptionId,
    string Status,
    string? PaymentId,
    SubscriptionResponse.CustomerDetails Customer,
    long RecurringPreTaxAmount,
    bool PaymentMethodRequired,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<object> Addons,
    string? PaymentLink,
    string? ClientSecret,
    DateTimeOffset? ExpiresOn)
{
    public static SubscriptionCreateResponse From(SubscriptionDto s, CustomerContact? contact) =>
        new(s.Id, Wire.Name(s.Status), s.LatestPaymentId, SubscriptionResponse.CustomerDetails.From(s.CustomerId, contact), s.RecurringAmount, true,
            new Dictionary<string, string>(), [], null, null, null);
}
