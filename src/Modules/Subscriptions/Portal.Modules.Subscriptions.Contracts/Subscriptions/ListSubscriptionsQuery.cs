namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// A business's subscriptions in one mode, newest first, optionally of one customer or in one status
/// (<c>on_hold</c>…), and by the API's other filters: product, creation bounds (both included), and whether they
/// cancel at the next billing date. One customer's are kept in memory until their subscriptions or the business's
/// products change (ADR 0019); the business-wide lists are not cached.
/// </summary>
public sealed record ListSubscriptionsQuery(BusinessId BusinessId, Mode Mode, string? CustomerId, string? Status, int PageNumber, int PageSize)
    : ICachedQuery<IReadOnlyList<SubscriptionDto>>, IPagedQuery, ICreationBoundedQuery
{
    public string? ProductId { get; init; }

    public DateTimeOffset? CreatedAtGte { get; init; }

    public DateTimeOffset? CreatedAtLte { get; init; }

    public bool? CancelAtNextBillingDate { get; init; }

    public ReadScope? ReadScope =>
        PrefixedId.TryParse<CustomerId>(CustomerId, out var customerId) ? ReadScope.Customer(BusinessId, Mode, customerId) : null;
}
