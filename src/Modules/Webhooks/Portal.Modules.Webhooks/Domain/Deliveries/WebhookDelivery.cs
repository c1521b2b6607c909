namespace Portal.Modules.Webhooks.Domain.Deliveries;

/// <summary>
/// One message to one endpoint, attempted until the endpoint answers 2xx or the retry schedule is spent:
/// after a failure the next attempt waits <see cref="RetryDelays"/>[attempts − 1], about 3 days in all.
/// An attempt is counted when a run of the delivery job claims it, and the claim is a lease: while it runs,
/// <see cref="NextAttemptAt"/> is the lease's end, when the delivery is due again if its outcome never came.
/// </summary>
internal sealed class WebhookDelivery
{
    /// <summary>The waits after the 1st, 2nd, … failed attempt; the first retry comes within 10 s.</summary>
    public static readonly IReadOnlyList<TimeSpan> RetryDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5),
        TimeSpan.FromHours(10), TimeSpan.FromHours(10), TimeSpan.FromHours(24), TimeSpan.FromHours(24),
    ];

    public const int MaxErrorLength = 500;

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public string MessageId { get; private set; } = string.Empty;

    public WebhookEndpointId EndpointId { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastResponseCode { get; private set; }

    public int? LastDurationMs { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static WebhookDelivery Schedule(WebhookMessage message, WebhookEndpointId endpointId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MessageId = message.Id,
        EndpointId = endpointId,
        BusinessId = message.BusinessId,
        Mode = message.Mode,
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>Due again now, whatever its status: one more attempt with the same <c>webhook-id</c>.</summary>
    public void Replay(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
    }

    /// <summary>
    /// What attempt number <paramref name="attempt"/> leaves behind: 2xx is accepted; anything else waits for the
    /// next retry, or fails for good after the last. The attempt was counted when it was claimed.
    /// </summary>
    public static AttemptOutcome Outcome(Guid deliveryId, WebhookEndpointId endpointId, int attempt, int? responseCode, TimeSpan duration, string? error, DateTimeOffset now)
    {
        var durationMs = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds);
        if (responseCode is >= 200 and < 300)
        {
            return new(deliveryId, endpointId, attempt, DeliveryStatus.Succeeded, null, now, responseCode, durationMs, null);
        }

        var kept = error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
        return attempt > RetryDelays.Count
            ? new(deliveryId, endpointId, attempt, DeliveryStatus.Failed, null, now, responseCode, durationMs, kept)
            : new(deliveryId, endpointId, attempt, DeliveryStatus.Pending, now + RetryDelays[attempt - 1], now, responseCode, durationMs, kept);
    }
}
