namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>
/// A plan change whose charge waits for the customer's authentication (3-D Secure, ADR 0027): the target and the
/// quote as they were when it was charged, so it is applied exactly as paid however much later the payment settles
/// (a new quote would prorate to another second, and describe another charge).
/// </summary>
internal sealed class PendingPlanChange
{
    private PendingPlanChange()
    {
    }

    public ProductId ProductId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>Billing's payment for the change, waiting for the customer.</summary>
    public string PaymentId { get; private set; } = null!;

    /// <summary>The idempotency key it was charged with: its settlement's event names it.</summary>
    public string PaymentKey { get; private set; } = null!;

    public ProrationMode Mode { get; private set; }

    public long Charge { get; private set; }

    public long ChargeTax { get; private set; }

    public long Credit { get; private set; }

    public bool RestartsPeriod { get; private set; }

    public long RemainingSeconds { get; private set; }

    public long PeriodSeconds { get; private set; }

    public static PendingPlanChange Of(ProductId productId, int quantity, PlanChangeQuote quote, string paymentId, string paymentKey) => new()
    {
        ProductId = productId,
        Quantity = quantity,
        PaymentId = paymentId,
        PaymentKey = paymentKey,
        Mode = quote.Mode,
        Charge = quote.Charge.MinorUnits,
        ChargeTax = quote.ChargeTax.MinorUnits,
        Credit = quote.Credit.MinorUnits,
        RestartsPeriod = quote.RestartsPeriod,
        RemainingSeconds = quote.RemainingSeconds,
        PeriodSeconds = quote.PeriodSeconds,
    };

    public PlanChangeQuote QuoteIn(Currency currency) =>
        new(Mode, new Money(Charge, currency), new Money(ChargeTax, currency), new Money(Credit, currency), RestartsPeriod, RemainingSeconds, PeriodSeconds);
}
