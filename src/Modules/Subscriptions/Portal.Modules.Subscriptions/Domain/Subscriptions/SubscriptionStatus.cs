namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>The states of the spec (section 6); stored and published in snake_case.</summary>
internal enum SubscriptionStatus
{
    /// <summary>Created; the first payment's outcome is not known yet.</summary>
    Pending,
    Active,

    /// <summary>A renewal was declined: dues are recorded, nothing renews until they are paid.</summary>
    OnHold,
    Cancelled,

    /// <summary>Its fixed term of periods ran out.</summary>
    Expired,

    /// <summary>The first payment was declined: it never started.</summary>
    Failed,
}
