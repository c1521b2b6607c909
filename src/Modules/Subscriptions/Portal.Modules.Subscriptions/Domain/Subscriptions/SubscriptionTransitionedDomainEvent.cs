namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>Raised with every history line, so the change is published in the same transaction.</summary>
internal sealed record SubscriptionTransitionedDomainEvent(Subscription Subscription, SubscriptionTransition Transition) : IDomainEvent;
