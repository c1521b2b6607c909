namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionPreviewChangePlanResponse</c>: the charge made now (one <c>subscription</c> line
/// when there is one, prices before tax) with its summary, and the subscription as it would be.
/// <c>customer_credits</c> is the credit movement: negative when the balance pays part of the charge,
/// positive when a downgrade adds credit. <c>settlement_amount</c> is what the card pays.
/// </summary>
internal sealed record SubscriptionPreviewChangePlanResponse(SubscriptionPreviewChangePlanResponse.Charge ImmediateCharge, SubscriptionResponse NewPlan)
{
    public static SubscriptionPreviewChangePlanResponse From(PlanChangePreviewDto preview, SubscriptionResponse newPlan)
    {
        var factor = preview.ProrationMode == "prorated_immediately" && preview.PeriodSeconds > 0
            ? Math.Round((double)preview.RemainingSeconds / preview.PeriodSeconds, 6)
            : 1;
        IReadOnlyList<LineItem> lines = preview.Charge > 0
            ? [new LineItem(preview.SubscriptionId, preview.Currency, preview.ToProductId, factor, 1, false, "subscription", preview.Charge,
                "Plan change", preview.ToProductName, preview.ChargeTax, preview.NextTaxRateBasisPoints / 100.0)]
            : [];
        return new SubscriptionPreviewChangePlanResponse(
            new Charge(
                preview.EffectiveAt,
                lines,
                new Summary(preview.Currency, preview.Credit - preview.CreditUsed, preview.DueNow, preview.Currency, preview.ChargeTotal, null, preview.ChargeTax)),
            newPlan);
    }

    internal sealed record Charge(DateTimeOffset EffectiveAt, IReadOnlyList<LineItem> LineItems, Summary Summary);

    internal sealed record LineItem(
        string Id, string Currency, string ProductId, double ProrationFactor, int Quantity, bool TaxInclusive, string Type, long UnitPrice,
        string Description, string Name, long Tax, double TaxRate);

    internal sealed record Summary(
        string Currency, long CustomerCredits, long SettlementAmount, string SettlementCurrency, long TotalAmount, long? SettlementTax, long Tax);
}
