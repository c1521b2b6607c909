namespace Portal.Modules.Webhooks.Domain.Deliveries;

/// <summary>
/// One attempt's result, as <see cref="WebhookDelivery.Outcome"/> decides it: the delivery's status after it,
/// when the next attempt is due (pending only), and what the endpoint answered.
/// </summary>
internal sealed record AttemptOutcome(
    Guid DeliveryId,
    WebhookEndpointId EndpointId,
    int Attempt,
    DeliveryStatus Status,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset AttemptedAt,
    int? ResponseCode,
    int DurationMs,
    string? Error)
{
    /// <summary>The endpoint answered 2xx.</summary>
    public bool Accepted => Status == DeliveryStatus.Succeeded;
}
