namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// The changes a customer or merchant may make, each optional (null = unchanged), applied together or
/// not at all: <paramref name="CancelNow"/>, schedule or undo the cancellation at the end of the period,
/// the billing address, the customer's name (kept by Identity), and the merchant's cancellation notes.
/// </summary>
public sealed record UpdateSubscriptionCommand(
    BusinessId BusinessId,
    Mode Mode,
    string SubscriptionId,
    CustomerId? Customer,
    SubscriptionActor Actor,
    bool CancelNow = false,
    bool? CancelAtNextBillingDate = null,
    BillingAddressInput? Billing = null,
    string? CustomerName = null,
    string? CancellationFeedback = null,
    string? CancellationComment = null) : ICommand<SubscriptionDto>;
