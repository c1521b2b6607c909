

namespace Portal.Modules.Billing.Endpoints;

/// <summary>
/// Dodo's <c>Payment</c> (also used for list items, whose fields are a subset). Fields for features
/// this platform does not have (disputes, discounts) are present and empty.
/// </summary>
internal sealed record PaymentResponse(
    string PaymentId,
    string BusinessId,
    string BrandId,
    PaymentResponse.CustomerDetails Customer,
    string? Status,
    long TotalAmount,
    long Tax,
    string Currency,
    long SettlementAmount,
    string SettlementCurrency,
    string PaymentProvider,
    string PaymentMethod,
    string PaymentMethodId,
    string PaymentMethodType,
    string CardNetwork,
    string CardLastFour,
    string? ErrorCode,
    string? ErrorMessage,
    string? InvoiceId,
    string? SubscriptionId,
    IReadOnlyList<string> SubscriptionIds,
    IReadOnlyList<PaymentResponse.CartItem> ProductCart,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<object> Disputes,
    IReadOnlyList<RefundsEndpoints.RefundResponse> Refunds,
    string? RefundStatus,
    bool DigitalProductsDelivered,
    bool HasLicenseKey,
    bool IsMultiSubscription,
    bool IsUpdatePaymentMethod,
    int RetryAttempt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PaymentResponse From(PaymentDto p) =>
        new(
            p.PaymentId,
            p.BusinessId,
            p.BusinessId,
            new CustomerDetails(p.CustomerId, p.CustomerEmail, p.CustomerName),
            p.Status,
            p.Total,
            p.Tax,
            p.Currency,
            p.Total,
            p.Currency,
            "stripe",
            "card",
            p.PaymentMethodId,
            "card",
            p.CardBrand,
            p.CardLastFour,
            p.FailureCode,
            p.FailureMessage,
            p.InvoiceId,
            p.SubscriptionId,
            p.SubscriptionId is null ? [] : [p.SubscriptionId],
            [.. p.Lines.Where(l => l.ProductId is not null).Select(l => new CartItem(l.ProductId!, l.Quantity))],
            new Dictionary<string, string>(),
            [],
            [.. p.Refunds.Select(RefundsEndpoints.RefundResponse.From)],
            p.RefundedAmount == 0 ? null : p.RefundedAmount == p.Total ? "full" : "partial",
            false,
            false,
            false,
            false,
            0,
            p.CreatedAt,
            p.UpdatedAt);

    internal sealed record CustomerDetails(string CustomerId, string Email, string Name);

    internal sealed record CartItem(string ProductId, int Quantity);
}
