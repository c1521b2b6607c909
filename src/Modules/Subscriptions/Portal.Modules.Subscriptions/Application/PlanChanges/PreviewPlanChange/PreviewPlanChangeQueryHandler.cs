using Portal.Modules.Billing.Contracts.Credits;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.PreviewPlanChange;

internal sealed class PreviewPlanChangeQueryHandler(ISubscriptionsDbContext db, SubscriptionReader reader, PlanChangePlanner planner, ISender sender, TimeProvider time)
    : IQueryHandler<PreviewPlanChangeQuery, PlanChangePreviewDto>
{
    public async Task<PlanChangePreviewDto> Handle(PreviewPlanChangeQuery query, CancellationToken cancellationToken)
    {
        var subscription = await reader.FindAsync(query.BusinessId, query.Mode, query.SubscriptionId, query.Customer, cancellationToken);
        var plan = await planner.PlanAsync(subscription, query.ProductId, query.Quantity, query.ProrationMode, cancellationToken);
        var fromName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
        var balances = await sender.QueryAsync(new GetCustomerCreditQuery(query.BusinessId.Value, query.Mode, subscription.CustomerId.Value), cancellationToken);
        var balance = balances.FirstOrDefault(b => b.Currency == subscription.Currency.Code)?.Amount ?? 0;
        return PlanChangePreview.From(subscription, fromName, plan, balance, time.GetUtcNow());
    }
}
