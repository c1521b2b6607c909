using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges;

/// <summary>Turns a planned change into what pages and the API show.</summary>
internal static class PlanChangePreview
{
    public static PlanChangePreviewDto From(Subscription subscription, string fromProductName, PlannedChange plan, long creditBalance, DateTimeOffset now)
    {
        var quote = plan.Quote;
        var interval = plan.Target.Interval!.Value;
        var creditUsed = Math.Min(creditBalance, quote.ChargeTotal.MinorUnits);
        return new PlanChangePreviewDto(
            subscription.Id.Value,
            subscription.ProductId.Value,
            fromProductName,
            plan.Target.Id.Value,
            plan.Target.Name,
            plan.Quantity,
            plan.IsUpgrade,
            plan.IsSamePlan,
            Wire.Name(quote.Mode),
            subscription.Currency.Code,
            quote.Charge.MinorUnits,
            quote.ChargeTax.MinorUnits,
            quote.ChargeTotal.MinorUnits,
            quote.Credit.MinorUnits,
            creditUsed,
            quote.ChargeTotal.MinorUnits - creditUsed,
            quote.RemainingSeconds,
            quote.PeriodSeconds,
            now,
            quote.RestartsPeriod ? interval.After(now, 1) : subscription.CurrentPeriodEnd,
            plan.Target.Price * plan.Quantity,
            plan.Target.TaxRateBasisPoints,
            interval.Unit,
            interval.Count);
    }
}
