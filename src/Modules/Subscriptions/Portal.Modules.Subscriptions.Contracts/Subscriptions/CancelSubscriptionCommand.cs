namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// Cancels at the end of the period (<paramref name="AtPeriodEnd"/>: access continues and it can be
/// undone until then) or now. <paramref name="Customer"/> scopes the lookup to a portal session's customer.
/// </summary>
public sealed record CancelSubscriptionCommand(
    BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer, SubscriptionActor Actor, bool AtPeriodEnd) : ICommand<SubscriptionDto>;
