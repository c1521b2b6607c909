namespace Portal.Modules.Identity.Domain.Customers.Events;

internal sealed record CustomerCreatedDomainEvent(CustomerId CustomerId, BusinessId BusinessId, Mode Mode, DateTimeOffset OccurredAt) : IDomainEvent;
