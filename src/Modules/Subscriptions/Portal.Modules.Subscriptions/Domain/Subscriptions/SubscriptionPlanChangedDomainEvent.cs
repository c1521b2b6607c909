namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>A plan change was applied: published with its amounts, so Billing credits a downgrade in the same transaction.</summary>
internal sealed record SubscriptionPlanChangedDomainEvent(
    Subscription Subscription, ProductId FromProductId, PlanChangeQuote Quote, string? PaymentId, DateTimeOffset At) : IDomainEvent;
