namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>What happened to a subscription: one line of its history and of its integration events.</summary>
public enum SubscriptionChange
{
    [JsonStringEnumMemberName("created")]
    Created,

    [JsonStringEnumMemberName("activated")]
    Activated,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("renewed")]
    Renewed,

    [JsonStringEnumMemberName("put_on_hold")]
    PutOnHold,

    [JsonStringEnumMemberName("dues_attempt_failed")]
    DuesAttemptFailed,

    [JsonStringEnumMemberName("reactivated")]
    Reactivated,

    [JsonStringEnumMemberName("cancellation_scheduled")]
    CancellationScheduled,

    [JsonStringEnumMemberName("cancellation_undone")]
    CancellationUndone,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    [JsonStringEnumMemberName("expired")]
    Expired,

    [JsonStringEnumMemberName("billing_updated")]
    BillingUpdated,

    [JsonStringEnumMemberName("payment_method_changed")]
    PaymentMethodChanged,

    [JsonStringEnumMemberName("time_travelled")]
    TimeTravelled,

    [JsonStringEnumMemberName("plan_changed")]
    PlanChanged,

    [JsonStringEnumMemberName("plan_change_declined")]
    PlanChangeDeclined,
}
