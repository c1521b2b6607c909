namespace Portal.Modules.Identity.Domain.Audit;

/// <summary>
/// One change a merchant user or an operator made: who, when, what, in which business and mode. Append-only:
/// the table refuses updates and deletes (a trigger), so the trail cannot be rewritten, by the app or by hand.
/// </summary>
internal sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Null for an operator's change to the platform rather than to one business.</summary>
    public BusinessId? BusinessId { get; private set; }

    public Mode? Mode { get; private set; }

    public StaffArea ActorArea { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    /// <summary>What was done, as the page and handler name it: <c>customers/details.refund</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>The ids and values the change was made with (never a password or a token).</summary>
    public string Details { get; private set; } = string.Empty;

    public static AuditEntry Record(
        BusinessId? businessId, Mode? mode, StaffArea actorArea, Guid actorId, string actorName, string action, string details, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            BusinessId = businessId,
            Mode = mode,
            ActorArea = actorArea,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            Details = details,
        };
}
