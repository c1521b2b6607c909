namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// A charge's outcome is not known yet after its first gateway attempt (the gateway said "processing", or did
/// not answer): announced once, before <see cref="PaymentSucceededIntegrationEvent"/> or <see cref="PaymentFailedIntegrationEvent"/>.
/// </summary>
[MessageName("billing.payment_processing")]
public sealed record PaymentProcessingIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc, string PaymentId, string BusinessId, Mode Mode)
    : IntegrationEvent(EventId, OccurredOnUtc);
