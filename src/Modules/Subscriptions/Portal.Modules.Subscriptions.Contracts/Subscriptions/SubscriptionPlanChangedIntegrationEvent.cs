namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// A subscription moved to another plan (its <see cref="ChangeNumber"/>th change). <see cref="Charged"/>
/// is what was charged now, tax included (paid by <see cref="PaymentId"/>); <see cref="Credited"/> what
/// goes to the customer's balance, tax included, in <see cref="Currency"/>: Billing credits it once per
/// change. <see cref="ProrationMode"/> is Dodo's word; the next renewal charges <see cref="NextRenewalAmount"/>
/// (before tax) on <see cref="NextBillingDate"/>.
/// </summary>
[MessageName("subscriptions.subscription_plan_changed")]
public sealed record SubscriptionPlanChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string SubscriptionId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    int ChangeNumber,
    string FromProductId,
    string ToProductId,
    int Quantity,
    string ProrationMode,
    string Currency,
    long Charged,
    long Credited,
    string? PaymentId,
    DateTimeOffset NextBillingDate,
    long NextRenewalAmount) : IntegrationEvent(EventId, OccurredOnUtc)
{
    /// <summary>The key of the credit this change gives: one ledger entry per change, however often the event is delivered.</summary>
    public string CreditKey => $"subscription:{SubscriptionId}:plan:{ChangeNumber}";
}
