using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.PublishPlanChanged;

/// <summary>Publishes a plan change with its amounts through the outbox, in the transaction that applies it.</summary>
internal sealed class SubscriptionPlanChangedDomainEventHandler(ISubscriptionsDbContext db) : IDomainEventHandler<SubscriptionPlanChangedDomainEvent>
{
    public Task HandleAsync(SubscriptionPlanChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var (s, quote) = (domainEvent.Subscription, domainEvent.Quote);
        db.AddIntegrationEvent(new SubscriptionPlanChangedIntegrationEvent(
            Guid.CreateVersion7(domainEvent.At),
            domainEvent.At,
            s.Id.Value,
            s.BusinessId.Value,
            s.Mode,
            s.CustomerId.Value,
            s.PlanChanges,
            domainEvent.FromProductId.Value,
            s.ProductId.Value,
            s.Quantity,
            Wire.Name(quote.Mode),
            s.Currency.Code,
            quote.ChargeTotal.MinorUnits,
            quote.Credit.MinorUnits,
            domainEvent.PaymentId,
            s.NextBillingDate,
            s.RecurringAmount));
        return Task.CompletedTask;
    }
}
