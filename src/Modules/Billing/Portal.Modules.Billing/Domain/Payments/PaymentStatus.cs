namespace Portal.Modules.Billing.Domain.Payments;

/// <summary>
/// <see cref="Processing"/> until the gateway's answer is known (also when it timed out: the
/// reconciliation job or a retry asks again with the same idempotency key); then final.
/// </summary>
internal enum PaymentStatus
{
    Processing,
    Succeeded,
    Failed,
}
