namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>
/// A merchant's endpoint as the API and the admin area show it (Dodo's <c>WebhookDetails</c>). An empty
/// <see cref="FilterTypes"/> means every event. The secret and the custom headers are read separately.
/// <see cref="FailingSince"/> is when its attempts began to fail without a success since (null while it answers).
/// </summary>
public sealed record WebhookEndpointDto(
    string Id,
    string Url,
    string Description,
    IReadOnlyList<WebhookEventType> FilterTypes,
    bool Disabled,
    IReadOnlyDictionary<string, string> Metadata,
    int? RateLimit,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FailingSince = null);
