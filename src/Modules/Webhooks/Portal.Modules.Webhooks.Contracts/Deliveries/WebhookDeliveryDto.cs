namespace Portal.Modules.Webhooks.Contracts.Deliveries;

/// <summary>
/// One event's delivery to one endpoint, as the delivery log shows it: <see cref="WebhookId"/> is the
/// <c>webhook-id</c> every attempt carried; <see cref="Status"/> is <c>pending</c>, <c>succeeded</c> or
/// <c>failed</c> (every attempt of the schedule refused); the rest describes the last attempt.
/// </summary>
public sealed record WebhookDeliveryDto(
    Guid Id,
    string WebhookId,
    string EventType,
    string Status,
    int Attempts,
    int? LastResponseCode,
    int? LastDurationMs,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt);
