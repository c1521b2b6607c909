namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// <see cref="ChargeStatus.Processing"/> means the gateway's answer is not known yet; the payment is
/// settled later (retry, reconciliation job or webhook) and announced by an integration event.
/// </summary>
public sealed record ChargeOutcome(
    string PaymentId,
    ChargeStatus Status,
    long Total,
    string Currency,
    string? InvoiceId,
    string? FailureCode,
    string? FailureMessage);

public enum ChargeStatus
{
    Succeeded,
    Failed,
    Processing,
}
