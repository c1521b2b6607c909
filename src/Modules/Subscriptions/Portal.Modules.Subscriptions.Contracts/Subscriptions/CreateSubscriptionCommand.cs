namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// Subscribes a customer to a recurring product and charges the first period at once: the answer is
/// <c>active</c> (paid and invoiced), <c>failed</c> (declined) or <c>pending</c> (the gateway's answer
/// comes later). <paramref name="PaymentMethodId"/> is a saved method of the customer, null for their
/// default, or in test mode one of the sandbox's test tokens (<c>pm_card_visa</c>).
/// </summary>
public sealed record CreateSubscriptionCommand(
    BusinessId BusinessId,
    Mode Mode,
    string CustomerId,
    string ProductId,
    int Quantity,
    string? PaymentMethodId,
    BillingAddressInput Billing,
    SubscriptionActor Actor) : ICommand<SubscriptionDto>;
