namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// The unified portal's subscriptions: the current ones (on hold first, then active and pending, newest first) of
/// every customer in <paramref name="CustomerIds"/>, the customers one email is at several businesses, in one query
/// whatever their number. At most <see cref="Limit"/>; the caller names only customers it resolved for the signed-in email.
/// </summary>
public sealed record ListUnifiedSubscriptionsQuery(Mode Mode, IReadOnlyCollection<CustomerId> CustomerIds) : IQuery<IReadOnlyList<SubscriptionDto>>
{
    public const int Limit = 200;
}
