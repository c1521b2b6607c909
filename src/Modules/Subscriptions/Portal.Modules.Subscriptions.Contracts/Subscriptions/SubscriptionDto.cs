namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// A subscription as pages and the API show it. Amounts are minor units before tax; <see cref="DuesAmount"/> is what an on-hold subscription owes,
/// and <see cref="DuesTotal"/> the same with its tax: what the dues charge takes, the amount to announce to the customer.
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
    IntervalUnit IntervalUnit,
    int IntervalCount,
    int? TermPeriods,
    SubscriptionStatus Status,
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
    long DuesTotal,
    DateTimeOffset? OnHoldSince,
    DateTimeOffset? NextDuesAttemptAt,
    string? LatestPaymentId,
    DateTimeOffset CreatedAt)
{
    public DateTimeOffset NextBillingDate => CurrentPeriodEnd;

    public bool IsOnHold => Status == SubscriptionStatus.OnHold;

    /// <summary>Active, pending or on hold: the customer can still act on it.</summary>
    public bool IsCurrent => Status is SubscriptionStatus.Active or SubscriptionStatus.Pending or SubscriptionStatus.OnHold;

    /// <summary>Only an active subscription ends at the end of its period (<c>Subscription.ScheduleCancellation</c>); one on hold is cancelled now.</summary>
    public bool CanCancelAtPeriodEnd => Status == SubscriptionStatus.Active;

    /// <summary>Can be cancelled at the end of the period and is not already.</summary>
    public bool CanScheduleCancellation => CanCancelAtPeriodEnd && !CancelAtNextBillingDate;

    /// <summary>Ends at the end of its period and can still be kept: the cancellation can be undone.</summary>
    public bool CanUndoCancellation => CanCancelAtPeriodEnd && CancelAtNextBillingDate;
}

public sealed record BillingAddressDto(string Country, string? State, string? City, string? Street, string? Zipcode);

/// <summary>One history line: what changed, from and to which status, who did it and why.</summary>
public sealed record SubscriptionTransitionDto(
    DateTimeOffset At, SubscriptionChange Change, SubscriptionStatus FromStatus, SubscriptionStatus ToStatus, SubscriptionActor Actor, string? Reason, string? PaymentId);

/// <summary>Who caused a change: the customer in the portal, the merchant (admin area or API), or a job.</summary>
public enum SubscriptionActor
{
    [JsonStringEnumMemberName("customer")]
    Customer,

    [JsonStringEnumMemberName("merchant")]
    Merchant,

    [JsonStringEnumMemberName("system")]
    System,
}
