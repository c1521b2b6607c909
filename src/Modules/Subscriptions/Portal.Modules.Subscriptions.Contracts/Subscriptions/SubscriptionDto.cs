using Portal.BuildingBlocks.Contracts;

namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// A subscription as pages and the API show it. <see cref="Status"/> is the spec's word (<c>on_hold</c>…);
/// amounts are minor units before tax; <see cref="DuesAmount"/> is what an on-hold subscription owes.
/// </summary>
public sealed record SubscriptionDto(
    string Id,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    string ProductId,
    string ProductName,
    int Quantity,
    string Currency,
    long UnitPrice,
    long RecurringAmount,
    int TaxRateBasisPoints,
    string IntervalUnit,
    int IntervalCount,
    int? TermPeriods,
    string Status,
    DateTimeOffset CurrentPeriodStart,
    DateTimeOffset CurrentPeriodEnd,
    bool CancelAtNextBillingDate,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    string? CancellationFeedback,
    string? CancellationComment,
    string? PaymentMethodId,
    BillingAddressDto Billing,
    long DuesAmount,
    DateTimeOffset? OnHoldSince,
    DateTimeOffset? NextDuesAttemptAt,
    string? LatestPaymentId,
    DateTimeOffset CreatedAt)
{
    public DateTimeOffset NextBillingDate => CurrentPeriodEnd;

    public bool IsOnHold => Status == "on_hold";

    /// <summary>Active, pending or on hold: the customer can still act on it.</summary>
    public bool IsCurrent => Status is "active" or "pending" or "on_hold";

    /// <summary>Only an active subscription ends at the end of its period (<c>Subscription.ScheduleCancellation</c>); one on hold is cancelled now.</summary>
    public bool CanCancelAtPeriodEnd => Status == "active";

    /// <summary>Can be cancelled at the end of the period and is not already.</summary>
    public bool CanScheduleCancellation => CanCancelAtPeriodEnd && !CancelAtNextBillingDate;
}

public sealed record BillingAddressDto(string Country, string? State, string? City, string? Street, string? Zipcode);

/// <summary>One history line: what changed, from and to which status, who did it and why.</summary>
public sealed record SubscriptionTransitionDto(DateTimeOffset At, string Change, string FromStatus, string ToStatus, string Actor, string? Reason, string? PaymentId);

/// <summary>Who asks for a change through a command: the customer in the portal, or the merchant (admin area or API).</summary>
public enum SubscriptionActor
{
    Customer,
    Merchant,
}
