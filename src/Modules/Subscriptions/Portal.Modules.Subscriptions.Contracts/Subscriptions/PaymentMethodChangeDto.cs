namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>The subscription after the change, and the dues payment it made (null when nothing was due).</summary>
public sealed record PaymentMethodChangeDto(SubscriptionDto Subscription, DuesPaymentDto? DuesPayment);

/// <summary>
/// The charge of an on-hold subscription's dues: <c>succeeded</c>, <c>failed</c> (with the gateway's
/// <see cref="FailureCode"/>), <c>processing</c> (the gateway has not answered: nothing changed, and asking
/// again replays the same charge) or <c>requires_customer_action</c> (the card's bank asks the customer to
/// authenticate at <see cref="AuthenticationUrl"/>; nothing changed yet). <see cref="PaymentId"/> is null while processing.
/// </summary>
public sealed record DuesPaymentDto(string Status, string? PaymentId, string? FailureCode, string? AuthenticationUrl = null)
{
    public const string RequiresCustomerAction = "requires_customer_action";

    public bool Succeeded => Status == "succeeded";
}
