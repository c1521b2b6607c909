namespace Portal.BuildingBlocks.Application.Messaging;

/// <summary>
/// Consumes another module's integration events a job at a time, for a handler whose cost is mostly reads it can
/// make once for many events. The events of a job not yet in the consumer's inbox come in one call, and their inbox
/// rows and the handler's changes commit in one transaction. When that fails, each event is delivered again alone,
/// as <see cref="IIntegrationEventHandler{TEvent}"/> does, so one bad event never holds back the others.
/// </summary>
public interface IIntegrationEventBatchHandler<in TEvent> : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);

    Task IIntegrationEventHandler<TEvent>.HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);
}
