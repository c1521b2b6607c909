namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>
/// What a plan change costs now. <see cref="Charge"/> is before tax (Billing adds the new plan's tax,
/// <see cref="ChargeTax"/> is that tax as Billing computes it); <see cref="Credit"/> is what goes to the
/// customer's balance, tax included (the old plan's tax on the unused amount, since it was paid with it).
/// At most one of the two is non-zero. <see cref="RestartsPeriod"/>: a new period starts now.
/// <see cref="RemainingSeconds"/> of <see cref="PeriodSeconds"/> is the proration factor.
/// </summary>
internal sealed record PlanChangeQuote(
    ProrationMode Mode, Money Charge, Money ChargeTax, Money Credit, bool RestartsPeriod, long RemainingSeconds, long PeriodSeconds)
{
    public Money ChargeTotal => Charge + ChargeTax;

    public bool ChargesNow => Charge.MinorUnits > 0;
}
