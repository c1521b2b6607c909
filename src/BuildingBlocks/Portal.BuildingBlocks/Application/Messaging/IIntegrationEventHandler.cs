namespace Portal.BuildingBlocks.Application.Messaging;

/// <summary>
/// Consumes another module's integration event. Delivery is at least once; the relay records each
/// (event, handler) pair in the consumer's inbox in the same transaction as the handler's changes, so
/// a redelivered event is skipped.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
