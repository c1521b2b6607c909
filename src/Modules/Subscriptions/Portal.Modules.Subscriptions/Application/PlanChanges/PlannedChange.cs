using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Application.PlanChanges;

/// <summary>A plan change checked and priced, not applied: the target, whether it is an upgrade, and its quote.</summary>
internal sealed record PlannedChange(Product Target, int Quantity, bool IsUpgrade, bool IsSamePlan, PlanChangeQuote Quote)
{
    /// <summary>The change a payment waiting for the customer's authentication was charged for, as it was quoted then (it charges, so it reads as an upgrade).</summary>
    public static PlannedChange Resumed(Product target, PendingPlanChange pending, Currency currency) =>
        new(target, pending.Quantity, IsUpgrade: true, IsSamePlan: false, pending.QuoteIn(currency));
}
