namespace Portal.Modules.Billing.Domain.Refunds;

/// <summary>
/// Money given back on a successful payment, saved before the gateway is asked (like a charge, ADR 0012):
/// <see cref="PaymentStatus.Processing"/> until the gateway answers; its id is the gateway's idempotency key.
/// </summary>
internal sealed class Refund
{
    private Refund()
    {
    }

    public RefundId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public PaymentId PaymentId { get; private set; }

    public long Amount { get; private set; }

    public Currency Currency { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public PaymentStatus Status { get; private set; }

    public string? GatewayReference { get; private set; }

    public string? FailureMessage { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsFinal => Status != PaymentStatus.Processing;

    /// <summary>Only a succeeded payment, and never more than what is left of it (pending refunds count as given).</summary>
    public static Refund Request(Payment payment, long amount, long alreadyRefundedOrPending, string reason, DateTimeOffset now)
    {
        if (payment.Status != PaymentStatus.Succeeded)
        {
            throw new DomainException(Error.Unprocessable("PAYMENT_NOT_REFUNDABLE", "Only a successful payment can be refunded."));
        }

        if (amount <= 0 || amount > payment.GatewayAmount - alreadyRefundedOrPending)
        {
            throw new DomainException(Error.Unprocessable("REFUND_EXCEEDS_PAYMENT", "The refund must be more than zero and at most what is left of the payment."));
        }

        return new Refund
        {
            Id = PrefixedId.New<RefundId>(),
            BusinessId = payment.BusinessId,
            Mode = payment.Mode,
            CustomerId = payment.CustomerId,
            PaymentId = payment.Id,
            Amount = amount,
            Currency = payment.Currency,
            Reason = reason,
            Status = PaymentStatus.Processing,
            CreatedAt = now,
        };
    }

    public void Succeed(string gatewayReference, DateTimeOffset now)
    {
        Status = PaymentStatus.Succeeded;
        GatewayReference = gatewayReference;
        CompletedAt = now;
    }

    public void Fail(string message, DateTimeOffset now)
    {
        Status = PaymentStatus.Failed;
        FailureMessage = message;
        CompletedAt = now;
    }
}
