namespace Portal.Modules.Billing.Contracts.Refunds;

/// <summary>Money was given back on a payment; <see cref="FullyRefunded"/> when nothing of it is left.</summary>
[MessageName("billing.payment_refunded")]
public sealed record PaymentRefundedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string RefundId,
    string PaymentId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    string? SubscriptionId,
    long Amount,
    string Currency,
    bool FullyRefunded) : IntegrationEvent(EventId, OccurredOnUtc);
