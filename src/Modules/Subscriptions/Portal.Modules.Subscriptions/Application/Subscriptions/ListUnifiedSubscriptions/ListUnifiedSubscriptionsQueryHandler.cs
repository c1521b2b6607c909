using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListUnifiedSubscriptions;

internal sealed class ListUnifiedSubscriptionsQueryHandler(ISubscriptionsDbContext db, SubscriptionReader reader)
    : IQueryHandler<ListUnifiedSubscriptionsQuery, IReadOnlyList<SubscriptionDto>>
{
    public async Task<IReadOnlyList<SubscriptionDto>> Handle(ListUnifiedSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        if (query.Customers.Count == 0)
        {
            return [];
        }

        var customers = query.Customers.CustomerIds;
        var current = await db.Subscriptions.AsNoTracking()
            .Where(s => customers.Contains(s.CustomerId) && s.Mode == query.Mode
                && (s.Status == SubscriptionStatus.OnHold || s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Pending))
            .OrderByDescending(s => s.Status == SubscriptionStatus.OnHold)
            .ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Take(ListUnifiedSubscriptionsQuery.Limit)
            .ToListAsync(cancellationToken);
        return await reader.ToDtosAsync(current, cancellationToken);
    }
}
