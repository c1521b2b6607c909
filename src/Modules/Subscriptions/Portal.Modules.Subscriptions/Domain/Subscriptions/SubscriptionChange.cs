namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>What happened to a subscription; published in snake_case (<c>cancellation_scheduled</c>).</summary>
internal enum SubscriptionChange
{
    Created,
    Activated,
    Failed,
    Renewed,
    PutOnHold,
    DuesAttemptFailed,
    Reactivated,
    CancellationScheduled,
    CancellationUndone,
    Cancelled,
    Expired,
    BillingUpdated,
    PaymentMethodChanged,
    TimeTravelled,
    PlanChanged,
    PlanChangeDeclined,
}
