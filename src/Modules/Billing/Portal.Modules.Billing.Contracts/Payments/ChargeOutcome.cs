using System.Text.Json.Serialization;

namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// <see cref="ChargeStatus.Processing"/> means the gateway's answer is not known yet; the payment is
/// settled later (retry, reconciliation job or webhook) and announced by an integration event.
/// <see cref="CreditApplied"/> is what the customer's credit balance paid of <see cref="Total"/>; the
/// gateway was asked for the rest only (nothing at all when credit covered it).
/// <see cref="ChargeStatus.RequiresCustomerAction"/>: the card's bank asks the customer to authenticate
/// (3-D Secure); <see cref="AuthenticationUrl"/> is where to send them, when they are present.
/// </summary>
public sealed record ChargeOutcome(
    string PaymentId,
    ChargeStatus Status,
    long Total,
    string Currency,
    string? InvoiceId,
    string? FailureCode,
    string? FailureMessage,
    long CreditApplied = 0,
    string? AuthenticationUrl = null);

public enum ChargeStatus
{
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("processing")]
    Processing,

    [JsonStringEnumMemberName("requires_customer_action")]
    RequiresCustomerAction,
}
