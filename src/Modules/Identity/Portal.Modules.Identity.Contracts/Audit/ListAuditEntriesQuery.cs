namespace Portal.Modules.Identity.Contracts.Audit;

/// <summary>
/// A business's trail, newest first, a page at a time (<see cref="PageSize"/> a page), optionally only the
/// entries whose action or whose author's name contains the given text.
/// </summary>
public sealed record ListAuditEntriesQuery(BusinessId BusinessId, string? Action, string? Actor, int Page) : IQuery<AuditEntriesPage>
{
    public const int PageSize = 25;
}

public sealed record AuditEntriesPage(IReadOnlyList<AuditEntryDto> Entries, bool HasNextPage);

/// <param name="Mode">test or live; null for a change that concerns both (settings, the team).</param>
public sealed record AuditEntryDto(DateTimeOffset OccurredAt, string ActorName, bool ByOperator, string Action, string? Mode, string Details);
