namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>A subscription's history, newest first; scoped and cached like <see cref="GetSubscription.GetSubscriptionQuery"/>.</summary>
public sealed record ListSubscriptionHistoryQuery(BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer)
    : ICachedQuery<IReadOnlyList<SubscriptionTransitionDto>>
{
    public ReadScope? ReadScope => Customer is { } customer ? ReadScope.Customer(BusinessId, Mode, customer) : null;
}
