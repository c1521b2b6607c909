namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>
/// Prices a plan change (ADR 0015). Amounts are before tax, quantity included (unit price × quantity).
/// <list type="bullet">
/// <item><c>prorated_immediately</c>: (new − old) × remaining ÷ period, in whole seconds, rounded once
/// to the minor unit with halves to even; positive is charged, negative credited.</item>
/// <item><c>full_immediately</c>: the new amount is charged and a new period starts now; the unused
/// rest of the old one is not credited.</item>
/// <item><c>difference_immediately</c>: new − old, charged when positive, credited when negative.</item>
/// <item><c>do_not_bill</c>: nothing now.</item>
/// </list>
/// Tax: a charge is taxed at the new plan's rate, a credit carries the old plan's rate (what was paid),
/// both computed as Billing computes a line's tax (halves away from zero, ADR 0008).
/// </summary>
internal static class ProrationCalculator
{
    public static PlanChangeQuote Quote(
        PlanTerms from, PlanTerms to, ProrationMode mode, Currency currency, DateTimeOffset periodStart, DateTimeOffset periodEnd, DateTimeOffset now)
    {
        var periodSeconds = Math.Max(1, WholeSeconds(periodEnd - periodStart));
        var remainingSeconds = Math.Clamp(WholeSeconds(periodEnd - now), 0, periodSeconds);
        var difference = new Money(checked(to.RecurringAmount - from.RecurringAmount), currency);
        var net = mode switch
        {
            ProrationMode.ProratedImmediately => difference.MultiplyByFraction(remainingSeconds, periodSeconds, MidpointRounding.ToEven),
            ProrationMode.FullImmediately => new Money(to.RecurringAmount, currency),
            ProrationMode.DifferenceImmediately => difference,
            _ => Money.Zero(currency),
        };
        var charge = net.IsNegative ? Money.Zero(currency) : net;
        var credit = net.IsNegative ? -net : Money.Zero(currency);
        return new PlanChangeQuote(
            mode,
            charge,
            charge.TaxAt(to.TaxRateBasisPoints),
            credit + credit.TaxAt(from.TaxRateBasisPoints),
            mode == ProrationMode.FullImmediately,
            remainingSeconds,
            periodSeconds);
    }

    private static long WholeSeconds(TimeSpan span) => span.Ticks / TimeSpan.TicksPerSecond;
}
