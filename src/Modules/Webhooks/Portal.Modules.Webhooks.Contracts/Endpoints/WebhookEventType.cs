using System.Text.Json.Serialization;

namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>The events an endpoint can receive, by Dodo's names (the SDK's <c>WebhookEventType</c>).</summary>
public enum WebhookEventType
{
    [JsonStringEnumMemberName("payment.succeeded")]
    PaymentSucceeded,

    [JsonStringEnumMemberName("payment.failed")]
    PaymentFailed,

    [JsonStringEnumMemberName("payment.processing")]
    PaymentProcessing,

    [JsonStringEnumMemberName("subscription.active")]
    SubscriptionActive,

    [JsonStringEnumMemberName("subscription.renewed")]
    SubscriptionRenewed,

    [JsonStringEnumMemberName("subscription.on_hold")]
    SubscriptionOnHold,

    [JsonStringEnumMemberName("subscription.plan_changed")]
    SubscriptionPlanChanged,

    [JsonStringEnumMemberName("subscription.cancelled")]
    SubscriptionCancelled,

    [JsonStringEnumMemberName("subscription.expired")]
    SubscriptionExpired,

    [JsonStringEnumMemberName("subscription.failed")]
    SubscriptionFailed,

    [JsonStringEnumMemberName("subscription.updated")]
    SubscriptionUpdated,

    [JsonStringEnumMemberName("subscription.update_payment_method")]
    SubscriptionUpdatePaymentMethod,

    [JsonStringEnumMemberName("license_key.created")]
    LicenseKeyCreated,

    [JsonStringEnumMemberName("refund.succeeded")]
    RefundSucceeded,

    [JsonStringEnumMemberName("refund.failed")]
    RefundFailed,

    [JsonStringEnumMemberName("dunning.started")]
    DunningStarted,

    [JsonStringEnumMemberName("dunning.recovered")]
    DunningRecovered,

    /// <summary>Sent only from the admin area's "Send a test event", to the one endpoint chosen.</summary>
    [JsonStringEnumMemberName("webhook.test")]
    WebhookTest,
}
