namespace Portal.Modules.Webhooks.Domain.Deliveries;

/// <summary>
/// One event as merchants receive it: the exact body every attempt to every endpoint sends (kept sealed,
/// <see cref="SealedBody"/>), and the id that is its <c>webhook-id</c> on each of them, so a receiver can
/// drop a repeat.
/// </summary>
internal sealed class WebhookMessage
{
    private WebhookMessage()
    {
    }

    /// <summary>The <c>webhook-id</c>: <c>msg_</c> and a random token.</summary>
    public string Id { get; private set; } = string.Empty;

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string SealedBody { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static WebhookMessage Create(BusinessId businessId, Mode mode, string type, string sealedBody, DateTimeOffset now) => new()
    {
        Id = "msg_" + Guid.CreateVersion7(now).ToString("N"),
        BusinessId = businessId,
        Mode = mode,
        Type = type,
        SealedBody = sealedBody,
        CreatedAt = now,
    };
}
