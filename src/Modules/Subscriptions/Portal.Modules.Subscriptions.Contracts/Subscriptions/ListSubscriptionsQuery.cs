namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// A business's subscriptions in one mode, newest first, optionally of one customer or in one status
/// (<c>on_hold</c>…). One customer's are kept in memory until their subscriptions or the business's
/// products change (ADR 0019); the business-wide lists are not cached.
/// </summary>
public sealed record ListSubscriptionsQuery(BusinessId BusinessId, Mode Mode, string? CustomerId, string? Status, int PageNumber, int PageSize)
    : ICachedQuery<IReadOnlyList<SubscriptionDto>>, IPagedQuery
{
    public ReadScope? ReadScope =>
        PrefixedId.TryParse<CustomerId>(CustomerId, out var customerId) ? ReadScope.Customer(BusinessId, Mode, customerId) : null;
}
