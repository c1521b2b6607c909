namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// Cancels at the end of the period (<paramref name="AtPeriodEnd"/>: access continues and it can be
/// undone until then) or now. <paramref name="Customer"/> scopes the lookup to a portal session's customer.
/// <paramref name="Feedback"/> and <paramref name="Comment"/> say why, when the customer told (both optional).
/// </summary>
public sealed record CancelSubscriptionCommand(
    BusinessId BusinessId,
    Mode Mode,
    string SubscriptionId,
    CustomerId? Customer,
    SubscriptionActor Actor,
    bool AtPeriodEnd,
    CancellationFeedback? Feedback = null,
    string? Comment = null) : ICommand<SubscriptionDto>;
