namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// A fact one module publishes for others. Delivered at least once through the publishing module's
/// outbox, so consumers deduplicate by <see cref="EventId"/>. Carries only BCL types and never secrets.
/// </summary>
public abstract record IntegrationEvent
{
    protected IntegrationEvent(Guid eventId, DateTimeOffset occurredOnUtc)
    {
        EventId = eventId;
        OccurredOnUtc = occurredOnUtc;
    }

    public Guid EventId { get; }

    public DateTimeOffset OccurredOnUtc { get; }
}
