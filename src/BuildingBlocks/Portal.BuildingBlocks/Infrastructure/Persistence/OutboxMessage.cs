namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An integration event waiting in its module's outbox until the relay hands it to Hangfire.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string EventType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredOnUtc { get; init; }

    public DateTimeOffset? DispatchedOnUtc { get; set; }
}
