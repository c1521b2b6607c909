using System.Reflection;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Which handlers consume which integration events, found by scanning the modules' assemblies.</summary>
public sealed class IntegrationEventSubscriptions
{
    private readonly Dictionary<string, Type> _eventTypes;
    private readonly Dictionary<string, Type> _handlerTypes;
    private readonly Dictionary<string, string[]> _handlersByEvent;

    public IntegrationEventSubscriptions(IEnumerable<Assembly> assemblies)
    {
        var types = assemblies.Distinct().SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }).ToList();
        _eventTypes = types.Where(t => t.IsAssignableTo(typeof(IntegrationEvent))).ToDictionary(IntegrationEventTypes.NameOf);
        var subscriptions = types
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                .Select(i => (Handler: t, Event: i.GetGenericArguments()[0])))
            .ToList();
        _handlerTypes = subscriptions.Select(s => s.Handler).Distinct().ToDictionary(t => t.FullName!);
        _handlersByEvent = subscriptions
            .GroupBy(s => IntegrationEventTypes.NameOf(s.Event))
            .ToDictionary(g => g.Key, g => g.Select(s => s.Handler.FullName!).Order(StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<string> HandlersOf(string eventType) =>
        _handlersByEvent.TryGetValue(eventType, out var handlers) ? handlers : [];

    public Type EventType(string name) =>
        _eventTypes.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown integration event '{name}'.");

    public Type HandlerType(string name) =>
        _handlerTypes.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown integration event handler '{name}'.");
}
