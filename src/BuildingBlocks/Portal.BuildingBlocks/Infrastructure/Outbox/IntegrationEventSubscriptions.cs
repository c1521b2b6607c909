using System.Reflection;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Which handlers consume which integration events, found by scanning the modules' assemblies, and the
/// registry of their names: events and handlers are looked up by their <see cref="MessageNameAttribute"/> only.
/// </summary>
public sealed class IntegrationEventSubscriptions
{
    private readonly Dictionary<string, Type> _eventTypes;
    private readonly Dictionary<string, Type> _handlerTypes;
    private readonly Dictionary<string, string[]> _handlersByEvent;

    public IntegrationEventSubscriptions(IEnumerable<Assembly> assemblies)
    {
        var types = assemblies.Distinct().SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }).ToList();
        _eventTypes = ByName(types.Where(t => t.IsAssignableTo(typeof(IntegrationEvent))));
        var subscriptions = types
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                .Select(i => (Handler: t, Event: i.GetGenericArguments()[0])))
            .ToList();
        _handlerTypes = ByName(subscriptions.Select(s => s.Handler).Distinct());
        _handlersByEvent = subscriptions
            .GroupBy(s => IntegrationEventTypes.NameOf(s.Event))
            .ToDictionary(g => g.Key, g => g.Select(s => IntegrationEventTypes.NameOf(s.Handler)).Order(StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<string> HandlersOf(string eventType) =>
        _handlersByEvent.TryGetValue(eventType, out var handlers) ? handlers : [];

    public Type EventType(string name) =>
        _eventTypes.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown integration event '{name}'.");

    public Type HandlerType(string name) =>
        _handlerTypes.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown integration event handler '{name}'.");

    private static Dictionary<string, Type> ByName(IEnumerable<Type> types)
    {
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var name = IntegrationEventTypes.NameOf(type);
            if (!byName.TryAdd(name, type))
            {
                throw new InvalidOperationException($"{type.FullName} and {byName[name].FullName} are both named '{name}'.");
            }
        }

        return byName;
    }
}
