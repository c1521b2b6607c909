namespace Portal.Modules.Billing.Domain.PaymentMethods;

/// <summary>
/// A card a customer saved with a gateway. Removing it keeps the row (past payments point at it) but
/// it can no longer be charged or chosen. At most one live method per customer is the default.
/// </summary>
internal sealed class PaymentMethod : AggregateRoot
{
    private PaymentMethod()
    {
    }

    public PaymentMethodId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public PaymentGatewayKind Gateway { get; private set; }

    /// <summary>The gateway's id of the method (Stripe's <c>pm_…</c>, or the sandbox's test token).</summary>
    public string GatewayReference { get; private set; } = string.Empty;

    public CardDetails Card { get; private set; } = null!;

    public bool IsDefault { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>When the customer was told the card expires soon (once per card); null when they were not.</summary>
    public DateTimeOffset? ExpiryRemindedAt { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    public static PaymentMethod Save(
        BusinessId businessId, Mode mode, CustomerId customerId, PaymentGatewayKind gateway, string gatewayReference, CardDetails card, bool isDefault, DateTimeOffset now) =>
        new()
        {
            Id = PrefixedId.New<PaymentMethodId>(),
            BusinessId = businessId,
            Mode = mode,
            CustomerId = customerId,
            Gateway = gateway,
            GatewayReference = gatewayReference,
            Card = card,
            IsDefault = isDefault,
            CreatedAt = now,
        };

    public void MakeDefault() => IsDefault = true;

    public void ClearDefault() => IsDefault = false;

    public void Remove(DateTimeOffset now)
    {
        RemovedAt ??= now;
        IsDefault = false;
    }
}
