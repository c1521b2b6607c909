using Portal.BuildingBlocks.Application.Paging;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListCustomerSubscriptions;

internal sealed class ListCustomerSubscriptionsQueryHandler(ISubscriptionsDbContext db, SubscriptionReader reader)
    : IQueryHandler<ListCustomerSubscriptionsQuery, CustomerSubscriptionsPage>
{
    public async Task<CustomerSubscriptionsPage> Handle(ListCustomerSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var theirs = db.Subscriptions.AsNoTracking()
            .Where(s => s.BusinessId == query.BusinessId && s.Mode == query.Mode && s.CustomerId == query.CustomerId);
        var counts = await theirs
            .GroupBy(_ => 1)
            .Select(all => new
            {
                Total = all.Count(),
                Current = all.Count(s => s.Status == SubscriptionStatus.OnHold || s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Pending),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (counts is null)
        {
            return new CustomerSubscriptionsPage([], 0, 0);
        }

        var page = await theirs
            .OrderByDescending(s => s.Status == SubscriptionStatus.OnHold)
            .ThenByDescending(s => s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Pending)
            .ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return new CustomerSubscriptionsPage(await reader.ToDtosAsync(page, cancellationToken), counts.Current, counts.Total);
    }
}
