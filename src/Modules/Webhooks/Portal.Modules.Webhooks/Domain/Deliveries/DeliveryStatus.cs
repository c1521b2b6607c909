using System.Text.Json.Serialization;

namespace Portal.Modules.Webhooks.Domain.Deliveries;

internal enum DeliveryStatus
{
    /// <summary>Not yet accepted: an attempt is due at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    /// <summary>Every attempt of the retry schedule failed.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
