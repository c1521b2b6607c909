using Portal.BuildingBlocks.Application.Paging;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptions;

internal sealed class ListSubscriptionsQueryHandler(ISubscriptionsDbContext db, SubscriptionReader reader)
    : IQueryHandler<ListSubscriptionsQuery, IReadOnlyList<SubscriptionDto>>
{
    public async Task<IReadOnlyList<SubscriptionDto>> Handle(ListSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var subscriptions = db.Subscriptions.AsNoTracking().Where(s => s.BusinessId == query.BusinessId && s.Mode == query.Mode);
        if (query.CustomerId is not null)
        {
            // A malformed or foreign customer id simply has no subscriptions here.
            var customerId = PrefixedId.TryParse<CustomerId>(query.CustomerId, out var parsed) ? parsed : CustomerId.FromTrusted(string.Empty);
            subscriptions = subscriptions.Where(s => s.CustomerId == customerId);
        }

        if (TypedWords.Read<SubscriptionStatus>(query.Status) is { } status)
        {
            subscriptions = subscriptions.Where(s => s.Status == status);
        }

        var page = await subscriptions
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return await reader.ToDtosAsync(page, cancellationToken);
    }
}
