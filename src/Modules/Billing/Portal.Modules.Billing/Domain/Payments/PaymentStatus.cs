namespace Portal.Modules.Billing.Domain.Payments;

/// <summary>
/// <see cref="Processing"/> until the gateway's answer is known (also when it timed out: the
/// reconciliation job or a retry asks again with the same idempotency key); <see cref="RequiresAction"/>
/// while the card's bank waits for the customer to authenticate (3-D Secure), settled by their return, the
/// gateway's webhook or the reconciliation job; then final.
/// </summary>
internal enum PaymentStatus
{
    Processing,
    Succeeded,
    Failed,
    RequiresAction,
}
