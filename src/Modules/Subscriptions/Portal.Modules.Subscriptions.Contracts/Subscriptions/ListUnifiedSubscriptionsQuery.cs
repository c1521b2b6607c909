namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// The unified portal's subscriptions: the current ones (on hold first, then active and pending, newest first) of
/// every customer in <paramref name="Customers"/>, the customers one email is at several businesses, in one query
/// whatever their number. At most <see cref="Limit"/>; the caller names only customers it resolved for the signed-in email.
/// Kept in memory until a row of one of them or of their businesses changes (ADR 0019).
/// </summary>
public sealed record ListUnifiedSubscriptionsQuery(Mode Mode, CustomerSet Customers) : ICachedQuery<IReadOnlyList<SubscriptionDto>>
{
    public const int Limit = 200;

    public ReadScope? ReadScope => ReadScope.Customers(Mode, Customers);
}
