using System.Text.Json.Serialization;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>How integration events and their handlers are named and serialised in outboxes, inboxes and job arguments.</summary>
public static class IntegrationEventTypes
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The registered name an integration event or handler is stored under, never its CLR name (ADR 0021).</summary>
    public static string NameOf(Type type) =>
        type.GetCustomAttribute<MessageNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{type.FullName} is stored by name but has no [MessageName].");
}
