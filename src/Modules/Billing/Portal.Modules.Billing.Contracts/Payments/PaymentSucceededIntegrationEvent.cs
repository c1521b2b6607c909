namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// A payment succeeded and was invoiced. <see cref="ProductIds"/> are the products its lines were for;
/// <see cref="PaymentMethodId"/> the saved method that paid it (null in events written before it was added).
/// </summary>
[MessageName("billing.payment_succeeded")]
public sealed record PaymentSucceededIntegrationEvent(
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
    string InvoiceId,
    string InvoiceNumber,
    IReadOnlyList<string> ProductIds,
    string? PaymentMethodId = null) : IntegrationEvent(EventId, OccurredOnUtc);
