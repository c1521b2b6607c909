using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.PublishSubscriptionChanged;

/// <summary>Publishes every history line through the outbox, in the transaction that records it.</summary>
internal sealed class SubscriptionTransitionedDomainEventHandler(ISubscriptionsDbContext db) : IDomainEventHandler<SubscriptionTransitionedDomainEvent>
{
    public Task HandleAsync(SubscriptionTransitionedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var (s, t) = (domainEvent.Subscription, domainEvent.Transition);
        db.AddIntegrationEvent(new SubscriptionChangedIntegrationEvent(
            Guid.CreateVersion7(t.At),
            t.At,
            s.Id.Value,
            s.BusinessId.Value,
            s.Mode,
            s.CustomerId.Value,
            s.ProductId.Value,
            t.Change,
            t.FromStatus,
            t.ToStatus,
            t.Actor,
            t.Reason,
            t.PaymentId,
            s.Status == SubscriptionStatus.Cancelled && s.CancelledAt is { } cancelledAt ? cancelledAt : s.CurrentPeriodEnd,
            s.CancelAtNextBillingDate));
        return Task.CompletedTask;
    }
}
