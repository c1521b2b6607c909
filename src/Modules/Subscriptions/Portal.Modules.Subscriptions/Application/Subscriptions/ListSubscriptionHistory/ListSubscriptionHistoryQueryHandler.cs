using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptionHistory;

internal sealed class ListSubscriptionHistoryQueryHandler(ISubscriptionsDbContext db, SubscriptionReader reader)
    : IQueryHandler<ListSubscriptionHistoryQuery, IReadOnlyList<SubscriptionTransitionDto>>
{
    public async Task<IReadOnlyList<SubscriptionTransitionDto>> Handle(ListSubscriptionHistoryQuery query, CancellationToken cancellationToken)
    {
        var subscription = await reader.FindAsync(query.BusinessId, query.Mode, query.SubscriptionId, query.Customer, cancellationToken);
        var lines = await db.SubscriptionTransitions.AsNoTracking()
            .Where(t => EF.Property<SubscriptionId>(t, "SubscriptionId") == subscription.Id)
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
            .ToListAsync(cancellationToken);
        return [.. lines.Select(SubscriptionMapping.ToDto)];
    }
}
