namespace Portal.BuildingBlocks.Application.Messaging;

/// <summary>
/// Reacts inside the same transaction as the change that raised the event; the usual job of one is to
/// write an integration event to its module's outbox.
/// </summary>
public interface IDomainEventHandler<in TDomainEvent>
    where TDomainEvent : IDomainEvent
{
    Task HandleAsync(TDomainEvent domainEvent, CancellationToken cancellationToken);
}
