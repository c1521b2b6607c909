namespace Portal.Modules.Billing.Infrastructure.Persistence;

/// <summary>A gateway webhook event already handled, so a redelivery changes nothing.</summary>
internal sealed class WebhookEvent
{
    public string EventId { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }
}
