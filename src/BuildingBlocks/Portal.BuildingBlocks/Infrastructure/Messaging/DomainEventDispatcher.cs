using System.Collections.Concurrent;

namespace Portal.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Runs the in-process handlers of a domain event, in the caller's scope and transaction.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, (Type HandlerType, MethodInfo Handle)> Handlers = new();

    public async Task DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var (handlerType, handle) = Handlers.GetOrAdd(domainEvent.GetType(), static eventType =>
        {
            var type = typeof(IDomainEventHandler<>).MakeGenericType(eventType);
            return (type, type.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!);
        });

        foreach (var handler in services.GetServices(handlerType))
        {
            await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
        }
    }
}
