using Portal.BuildingBlocks.Contracts;

namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// One line of a subscription's history, published as it is recorded. <see cref="Change"/> is one of
/// <c>created</c>, <c>activated</c>, <c>failed</c>, <c>renewed</c>, <c>put_on_hold</c>,
/// <c>dues_attempt_failed</c>, <c>reactivated</c>, <c>cancellation_scheduled</c>,
/// <c>cancellation_undone</c>, <c>cancelled</c>, <c>expired</c>, <c>billing_updated</c>,
/// <c>payment_method_changed</c>, <c>time_travelled</c>; statuses are the spec's (<c>on_hold</c>…);
/// <see cref="Actor"/> is <c>customer</c>, <c>merchant</c> or <c>system</c>.
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
    string Change,
    string FromStatus,
    string ToStatus,
    string Actor,
    string? Reason,
    string? PaymentId,
    DateTimeOffset AccessEndsAt,
    bool CancelAtNextBillingDate) : IntegrationEvent(EventId, OccurredOnUtc);
