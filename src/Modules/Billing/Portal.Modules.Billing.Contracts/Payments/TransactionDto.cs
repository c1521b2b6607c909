namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// A line of the history: a payment (any outcome) with, for a successful one, its invoice number; or a
/// refund (<see cref="IsRefund"/>) of one of them, whose <see cref="PaymentId"/> is the refunded payment;
/// <see cref="BusinessId"/> is whose it is (the unified history mixes businesses).
/// </summary>
public sealed record TransactionDto(
    bool IsRefund,
    string PaymentId,
    DateTimeOffset CreatedAt,
    ChargeText Description,
    long Total,
    string Currency,
    string Status,
    string? FailureCode,
    string CardBrand,
    string CardLastFour,
    string? InvoiceNumber,
    string BusinessId);
