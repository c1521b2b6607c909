namespace Portal.Modules.Billing.Contracts.Refunds;

/// <summary>A refund as the API shows it; <c>Status</c> is <c>succeeded</c>, <c>failed</c> or <c>pending</c>.</summary>
public sealed record RefundDto(
    string RefundId,
    string PaymentId,
    string BusinessId,
    string CustomerId,
    long Amount,
    string Currency,
    string Status,
    string Reason,
    bool IsPartial,
    DateTimeOffset CreatedAt);
