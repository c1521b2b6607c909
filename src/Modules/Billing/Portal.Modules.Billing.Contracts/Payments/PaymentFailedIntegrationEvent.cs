namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>A payment was declined; <see cref="FailureCode"/> is the gateway's decline code.</summary>
[MessageName("billing.payment_failed")]
public sealed record PaymentFailedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string PaymentId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    string IdempotencyKey,
    string? SubscriptionId,
    long Total,
    string Currency,
    string FailureCode,
    string FailureMessage) : IntegrationEvent(EventId, OccurredOnUtc);
