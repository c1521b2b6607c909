using Portal.Modules.Identity.Domain.Customers.Events;

namespace Portal.Modules.Identity.Application.Customers.PublishCustomerCreated;

/// <summary>Tells the other modules about a new customer, through the outbox, in the creating transaction.</summary>
internal sealed class PublishCustomerCreatedDomainEventHandler(IIdentityDbContext db)
    : IDomainEventHandler<CustomerCreatedDomainEvent>
{
    public Task HandleAsync(CustomerCreatedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new CustomerCreatedIntegrationEvent(
            Guid.CreateVersion7(domainEvent.OccurredAt),
            domainEvent.OccurredAt,
            domainEvent.CustomerId.Value,
            domainEvent.BusinessId.Value,
            domainEvent.Mode));
        return Task.CompletedTask;
    }
}
