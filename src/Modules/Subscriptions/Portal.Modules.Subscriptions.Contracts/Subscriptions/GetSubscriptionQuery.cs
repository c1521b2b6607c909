namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// One subscription; <paramref name="Customer"/> scopes it to a portal session's customer (anyone else's →
/// 404), and then it is kept in memory until the customer's subscriptions or the business's products change
/// (ADR 0019).
/// </summary>
public sealed record GetSubscriptionQuery(BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer) : ICachedQuery<SubscriptionDto>
{
    public ReadScope? ReadScope => Customer is { } customer ? ReadScope.Customer(BusinessId, Mode, customer) : null;
}
