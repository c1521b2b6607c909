using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Application.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.ListPlanOptions;

internal sealed class ListPlanOptionsQueryHandler(ISubscriptionsDbContext db, SubscriptionReader reader, PlanChangePlanner planner)
    : IQueryHandler<ListPlanOptionsQuery, IReadOnlyList<PlanOptionDto>>
{
    public async Task<IReadOnlyList<PlanOptionDto>> Handle(ListPlanOptionsQuery query, CancellationToken cancellationToken)
    {
        var subscription = await reader.FindAsync(query.BusinessId, query.Mode, query.SubscriptionId, query.Customer, cancellationToken);
        var policy = await planner.PolicyAsync(query.BusinessId, cancellationToken);
        if (!policy.AllowSubscriptionUpdates || subscription.Status != SubscriptionStatus.Active
            || await planner.CollectionOfAsync(query.BusinessId, query.Mode, subscription.ProductId, cancellationToken) is not { } collection)
        {
            return [];
        }

        var tier = collection.TierOf(subscription.ProductId)!.Value;
        var ids = collection.ProductIds.Where(id => id != subscription.ProductId).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && !p.IsArchived && p.Currency == subscription.Currency)
            .ToListAsync(cancellationToken);
        return [.. products
            .Where(p => p.IsRecurring)
            .OrderBy(p => collection.TierOf(p.Id))
            .Select(p => new PlanOptionDto(
                p.Id.Value, p.Name, p.Description, p.Price, p.Currency.Code, p.TaxRateBasisPoints,
                p.Interval!.Value.Unit, p.Interval.Value.Count, collection.TierOf(p.Id) > tier))];
    }
}
