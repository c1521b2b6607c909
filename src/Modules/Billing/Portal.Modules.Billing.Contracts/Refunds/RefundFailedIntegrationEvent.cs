namespace Portal.Modules.Billing.Contracts.Refunds;

/// <summary>The gateway refused to give money back on a payment; nothing was refunded (Dodo's <c>refund.failed</c>).</summary>
[MessageName("billing.refund_failed")]
public sealed record RefundFailedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string RefundId,
    string PaymentId,
    string BusinessId,
    Mode Mode,
    string Reason) : IntegrationEvent(EventId, OccurredOnUtc);
