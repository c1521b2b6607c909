namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionUpdatePaymentMethodResponse</c> (<c>payment_id</c>, <c>payment_link</c>,
/// <c>client_secret</c>, <c>expires_on</c>) plus ours: <c>status</c> (the subscription's, after the change),
/// <c>payment_status</c> (<c>succeeded</c>, <c>failed</c> or <c>processing</c> when dues were charged, else
/// null) and <c>failure_code</c> (the decline's). <c>payment_link</c> is the portal link of <c>type: "new"</c>,
/// valid once for 24 hours, and of a dues payment the customer's bank wants them to authenticate
/// (<c>authentication_required</c>): there they confirm it with the same card. No embedded checkout here, so
/// <c>client_secret</c> is always null.
/// </summary>
internal sealed record SubscriptionUpdatePaymentMethodResponse(
    string? PaymentId,
    string? PaymentLink,
    string? ClientSecret,
    DateTimeOffset? ExpiresOn,
    string Status,
    string? PaymentStatus,
    string? FailureCode)
{
    public static SubscriptionUpdatePaymentMethodResponse From(PaymentMethodChangeDto change, string? confirmationLink) =>
        new(change.DuesPayment?.PaymentId, confirmationLink, null, null, Wire.Name(change.Subscription.Status), change.DuesPayment?.Status, change.DuesPayment?.FailureCode);

    public static SubscriptionUpdatePaymentMethodResponse Link(string link, string subscriptionStatus) =>
        new(null, link, null, null, subscriptionStatus, null, null);
}
