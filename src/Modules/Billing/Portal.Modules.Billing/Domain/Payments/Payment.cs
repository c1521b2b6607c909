namespace Portal.Modules.Billing.Domain.Payments;

/// <summary>
/// One attempt to charge a customer, saved before the gateway is called (ADR 0012). The caller's
/// idempotency key is unique per business and mode, so asking twice finds this row again; the
/// payment's own id is the key the gateway sees, so calling the gateway twice charges once.
/// </summary>
internal sealed class Payment : AggregateRoot
{
    private PaymentLine[] _lines = [];

    private Payment()
    {
    }

    public PaymentId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    /// <summary>Chosen by the module that asked for the charge (a renewal, a dues retry, a plan change…).</summary>
    public string IdempotencyKey { get; private set; } = string.Empty;

    public ChargeText Description { get; private set; } = ChargeText.Of(string.Empty);

    public string? SubscriptionId { get; private set; }

    /// <summary>The customer's billing address for the invoice, lines separated by <c>\n</c>.</summary>
    public string? BillingAddress { get; private set; }

    public PaymentMethodId PaymentMethodId { get; private set; }

    public PaymentGatewayKind Gateway { get; private set; }

    public string CardBrand { get; private set; } = string.Empty;

    public string CardLastFour { get; private set; } = string.Empty;

    public Currency Currency { get; private set; }

    public IReadOnlyList<PaymentLine> Lines => _lines;

    public long Subtotal { get; private set; }

    public long Tax { get; private set; }

    public long Total { get; private set; }

    /// <summary>What the customer's credit balance pays of <see cref="Total"/>, taken when the attempt is saved.</summary>
    public long CreditApplied { get; private set; }

    /// <summary>What the gateway is asked for: the total less the credit used (zero: no gateway call at all).</summary>
    public long GatewayAmount => Total - CreditApplied;

    public PaymentStatus Status { get; private set; }

    public string? FailureCode { get; private set; }

    public string? FailureMessage { get; private set; }

    /// <summary>The gateway's id of the charge, once it told us.</summary>
    public string? GatewayReference { get; private set; }

    public int GatewayAttempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public long RefundedAmount { get; private set; }

    public bool IsFinal => Status is PaymentStatus.Succeeded or PaymentStatus.Failed;

    public static Payment Begin(
        BusinessId businessId,
        Mode mode,
        CustomerId customerId,
        string idempotencyKey,
        ChargeText description,
        string? subscriptionId,
        string? billingAddress,
        PaymentMethod method,
        Currency currency,
        IEnumerable<PaymentLineRequest> lines,
        DateTimeOffset now)
    {
        var priced = lines.Select(l => Price(l, currency)).ToArray();
        var payment = new Payment
        {
            Id = PrefixedId.New<PaymentId>(),
            BusinessId = businessId,
            Mode = mode,
            CustomerId = customerId,
            IdempotencyKey = idempotencyKey,
            Description = description,
            SubscriptionId = subscriptionId,
            BillingAddress = billingAddress,
            PaymentMethodId = method.Id,
            Gateway = method.Gateway,
            CardBrand = method.Card.Brand,
            CardLastFour = method.Card.LastFour,
            Currency = currency,
            _lines = priced,
            Subtotal = priced.Sum(l => l.Amount),
            Tax = priced.Sum(l => l.Tax),
            Status = PaymentStatus.Processing,
            CreatedAt = now,
            UpdatedAt = now,
        };
        payment.Total = checked(payment.Subtotal + payment.Tax);
        return payment;
    }

    /// <summary>Same request as the one that created this payment? A reused key with other terms is refused.</summary>
    public bool Matches(CustomerId customerId, Currency currency, IEnumerable<PaymentLineRequest> lines) =>
        CustomerId == customerId
        && Currency == currency
        && lines.Select(l => Price(l, currency)).SequenceEqual(_lines);

    /// <summary>Pays up to the whole total from <paramref name="availableCredit"/>, before the attempt is first saved; answers the amount used.</summary>
    public long ApplyCredit(long availableCredit)
    {
        CreditApplied = Math.Clamp(availableCredit, 0, Total);
        return CreditApplied;
    }

    public void RecordGatewayAttempt(DateTimeOffset now)
    {
        GatewayAttempts++;
        UpdatedAt = now;
    }

    /// <summary>Succeeded; <paramref name="gatewayReference"/> is null when credit paid it all and no gateway was asked.</summary>
    public void Succeed(string? gatewayReference, DateTimeOffset now)
    {
        if (IsFinal)
        {
            return;
        }

        Status = PaymentStatus.Succeeded;
        GatewayReference = gatewayReference;
        CompletedAt = now;
        UpdatedAt = now;
    }

    public void Fail(string code, string message, string? gatewayReference, DateTimeOffset now)
    {
        if (IsFinal)
        {
            return;
        }

        Status = PaymentStatus.Failed;
        FailureCode = code;
        FailureMessage = message;
        GatewayReference = gatewayReference ?? GatewayReference;
        CompletedAt = now;
        UpdatedAt = now;
    }

    public void RecordRefund(long amount, DateTimeOffset now)
    {
        RefundedAmount = checked(RefundedAmount + amount);
        UpdatedAt = now;
    }

    /// <summary>The customer must authenticate the payment with their bank before it can go through.</summary>
    public void AwaitCustomer(string? gatewayReference, DateTimeOffset now)
    {
        if (IsFinal)
        {
            return;
        }

        Status = PaymentStatus.RequiresAction;
        GatewayReference = gatewayReference ?? GatewayReference;
        UpdatedAt = now;
    }

    public void StillProcessing(string? gatewayReference, DateTimeOffset now)
    {
        GatewayReference = gatewayReference ?? GatewayReference;
        UpdatedAt = now;
    }

    private static PaymentLine Price(PaymentLineRequest line, Currency currency)
    {
        var amount = new Money(line.UnitAmount, currency).Multiply(line.Quantity);
        var tax = amount.TaxAt(line.TaxRateBasisPoints);
        return new PaymentLine(line.Description, line.ProductId, line.Quantity, line.UnitAmount, line.TaxRateBasisPoints, amount.MinorUnits, tax.MinorUnits);
    }
}
