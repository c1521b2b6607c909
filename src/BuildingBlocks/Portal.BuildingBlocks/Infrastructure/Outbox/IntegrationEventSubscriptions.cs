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
        _handlersByEvent = _eventTypes.ToDictionary(
            e => e.Key,
            e => subscriptions.Where(s => s.Event == e.Value).Select(s => IntegrationEventTypes.NameOf(s.Handler)).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Whether an event type is registered under this name.</summary>
    public bool IsEvent(string name) => _eventTypes.ContainsKey(name);

    /// <summary>The names of the handlers subscribed to a registered event: none for an event nobody consumes.</summary>
    public IReadOnlyList<string> HandlersOf(string eventType) =>
        _handlersByEvent.TryGetValue(eventType, out var handlers) ? handlers : throw UnknownEvent(eventType);

    public Type EventType(string name) =>
        _eventTypes.TryGetValue(name, out var type) ? type : throw UnknownEvent(name);

    public Type HandlerType(string name) =>
        _handlerTypes.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown integration event handler '{name}'.");

    private static InvalidOperationException UnknownEvent(string name) => new($"Unknown integration event '{name}'.");

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
