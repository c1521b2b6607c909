namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>The states of the spec (section 6).</summary>
public enum SubscriptionStatus
{
    /// <summary>Created; the first payment's outcome is not known yet.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("active")]
    Active,

    /// <summary>A renewal was declined: dues are recorded, nothing renews until they are paid.</summary>
    [JsonStringEnumMemberName("on_hold")]
    OnHold,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    /// <summary>Its fixed term of periods ran out.</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,

    /// <summary>The first payment was declined: it never started.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
