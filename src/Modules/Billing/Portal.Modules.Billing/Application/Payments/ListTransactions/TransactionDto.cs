namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

/// <summary>A line of the history: a payment (any outcome) and, for a successful one, its invoice number.</summary>
public sealed record TransactionDto(
    string PaymentId,
    DateTimeOffset CreatedAt,
    string Description,
    long Total,
    string Currency,
    string Status,
    string? FailureMessage,
    string CardBrand,
    string CardLastFour,
    string? InvoiceNumber);
