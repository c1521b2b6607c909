using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>How integration events are named and serialised in outboxes and job arguments.</summary>
public static class IntegrationEventTypes
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string NameOf(Type eventType) => eventType.FullName!;
}
