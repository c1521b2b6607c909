namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// One line of a subscription's history, published as it is recorded (in JSON each vocabulary by its wire name).
/// <see cref="AccessEndsAt"/> is when the customer stops having what they paid for (the period's end;
/// the cancellation's time when cancelled now).
/// </summary>
[MessageName("subscriptions.subscription_changed")]
public sealed record SubscriptionChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string SubscriptionId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    string ProductId,
    SubscriptionChange Change,
    SubscriptionStatus FromStatus,
    SubscriptionStatus ToStatus,
    SubscriptionActor Actor,
    string? Reason,
    string? PaymentId,
    DateTimeOffset AccessEndsAt,
    bool CancelAtNextBillingDate) : IntegrationEvent(EventId, OccurredOnUtc);
