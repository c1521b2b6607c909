namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// Test mode's time travel: brings an active subscription to its next billing date and renews it now,
/// or an on-hold one to its next dues retry and retries now. <paramref name="SimulateDecline"/> makes
/// that charge fail without reaching the gateway, to rehearse the on-hold and dues flows. Live mode → 422.
/// </summary>
public sealed record AdvanceSubscriptionCommand(BusinessId BusinessId, Mode Mode, string SubscriptionId, bool SimulateDecline) : ICommand<SubscriptionDto>;
