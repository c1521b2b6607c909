namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>
/// What a plan change does, before it is confirmed. Amounts in minor units of <see cref="Currency"/>:
/// <see cref="Charge"/> before tax, <see cref="ChargeTax"/> and <see cref="ChargeTotal"/>; <see cref="Credit"/>
/// (tax included) goes to the customer's balance; <see cref="CreditUsed"/> of the balance pays part of
/// the charge and <see cref="DueNow"/> is what the card pays. The next renewal on <see cref="NextBillingDate"/>
/// charges <see cref="NextRenewalAmount"/> before tax at <see cref="NextTaxRateBasisPoints"/>.
/// <see cref="IsSamePlan"/>: nothing would change. <see cref="RemainingSeconds"/>/<see cref="PeriodSeconds"/> is the proration factor.
/// </summary>
public sealed record PlanChangePreviewDto(
    string SubscriptionId,
    string FromProductId,
    string FromProductName,
    string ToProductId,
    string ToProductName,
    int Quantity,
    bool IsUpgrade,
    bool IsSamePlan,
    string ProrationMode,
    string Currency,
    long Charge,
    long ChargeTax,
    long ChargeTotal,
    long Credit,
    long CreditUsed,
    long DueNow,
    long RemainingSeconds,
    long PeriodSeconds,
    DateTimeOffset EffectiveAt,
    DateTimeOffset NextBillingDate,
    long NextRenewalAmount,
    int NextTaxRateBasisPoints,
    IntervalUnit NextIntervalUnit,
    int NextIntervalCount);
