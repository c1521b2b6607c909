using Portal.Modules.Billing.Contracts.Refunds;


namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>A payment as the merchant API shows it (the Dodo <c>Payment</c> shape is built from this).</summary>
public sealed record PaymentDto(
    string PaymentId,
    string BusinessId,
    string CustomerId,
    string CustomerName,
    string CustomerEmail,
    string? SubscriptionId,
    string Status,
    long Total,
    long Tax,
    string Currency,
    ChargeText Description,
    string PaymentMethodId,
    string CardBrand,
    string CardLastFour,
    string? FailureCode,
    string? FailureMessage,
    string? InvoiceId,
    IReadOnlyList<PaymentLineDto> Lines,
    long RefundedAmount,
    IReadOnlyList<RefundDto> Refunds,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
