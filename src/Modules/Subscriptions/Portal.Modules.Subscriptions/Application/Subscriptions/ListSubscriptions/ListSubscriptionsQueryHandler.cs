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

        if (query.ProductId is not null)
        {
            var productId = PrefixedId.TryParse<ProductId>(query.ProductId, out var parsedProduct) ? parsedProduct : ProductId.FromTrusted(string.Empty);
            subscriptions = subscriptions.Where(s => s.ProductId == productId);
        }

        if (query.CreatedAtGte is { } from)
        {
            subscriptions = subscriptions.Where(s => s.CreatedAt >= from);
        }

        if (query.CreatedAtLte is { } to)
        {
            subscriptions = subscriptions.Where(s => s.CreatedAt <= to);
        }

        if (query.CancelAtNextBillingDate is { } cancelling)
        {
            subscriptions = subscriptions.Where(s => s.CancelAtNextBillingDate == cancelling);
        }

        var page = await subscriptions
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return await reader.ToDtosAsync(page, cancellationToken);
    }
}
