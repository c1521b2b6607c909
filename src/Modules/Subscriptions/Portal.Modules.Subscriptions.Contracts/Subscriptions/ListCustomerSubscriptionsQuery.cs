namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// One page of a customer's subscriptions as the portal shows them: the current ones (on hold first, then
/// active and pending) before the past ones, each newest first, with how many there are of each. Kept in
/// memory until the customer's subscriptions or the business's products change (ADR 0019).
/// </summary>
public sealed record ListCustomerSubscriptionsQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, int PageNumber, int PageSize)
    : ICachedQuery<CustomerSubscriptionsPage>, IPagedQuery
{
    public ReadScope? ReadScope => ReadScope.Customer(BusinessId, Mode, CustomerId);

    public long CacheSize(CustomerSubscriptionsPage answer) => 1 + answer.Items.Count;
}

/// <param name="Items">The page asked for.</param>
/// <param name="CurrentCount">All the customer's current subscriptions (active, pending, on hold), on any page.</param>
/// <param name="TotalCount">All the customer's subscriptions.</param>
public sealed record CustomerSubscriptionsPage(IReadOnlyList<SubscriptionDto> Items, int CurrentCount, int TotalCount);
