namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>One line of a subscription's history: when, what, from and to which state, by whom and why.</summary>
internal sealed class SubscriptionTransition
{
    private SubscriptionTransition()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public SubscriptionChange Change { get; private set; }

    public SubscriptionStatus FromStatus { get; private set; }

    public SubscriptionStatus ToStatus { get; private set; }

    public SubscriptionActor Actor { get; private set; }

    /// <summary>A short machine reason (a decline code, <c>customer_request</c>…).</summary>
    public string? Reason { get; private set; }

    /// <summary>The payment that caused it, when one did.</summary>
    public string? PaymentId { get; private set; }

    /// <summary>The plan before a plan change (null for other changes).</summary>
    public ProductId? FromProductId { get; private set; }

    /// <summary>The plan after a plan change (null for other changes).</summary>
    public ProductId? ToProductId { get; private set; }

    public static SubscriptionTransition Record(
        DateTimeOffset at, SubscriptionChange change, SubscriptionStatus from, SubscriptionStatus to, SubscriptionActor actor, string? reason, string? paymentId,
        ProductId? fromProductId = null, ProductId? toProductId = null) =>
        new()
        {
            At = at, Change = change, FromStatus = from, ToStatus = to, Actor = actor, Reason = reason, PaymentId = paymentId,
            FromProductId = fromProductId, ToProductId = toProductId,
        };
}
