using Portal.Modules.Identity.Contracts.Audit;

namespace Portal.Modules.Identity.Application.Audit.ListAuditEntries;

internal sealed class ListAuditEntriesQueryHandler(IIdentityDbContext db) : IQueryHandler<ListAuditEntriesQuery, AuditEntriesPage>
{
    public async Task<AuditEntriesPage> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.BusinessId == query.BusinessId);
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.Action.Contains(action));
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.ActorName.ToLower().Contains(actor));
        }

        var rows = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((query.Page - 1) * ListAuditEntriesQuery.PageSize)
            .Take(ListAuditEntriesQuery.PageSize + 1)
            .Select(e => new AuditEntryDto(
                e.OccurredAt, e.ActorName, e.ActorArea == StaffArea.Ops, e.Action,
                e.Mode == null ? null : e.Mode == Mode.Live ? "live" : "test", e.Details))
            .ToListAsync(cancellationToken);
        return new AuditEntriesPage(rows.Take(ListAuditEntriesQuery.PageSize).ToList(), rows.Count > ListAuditEntriesQuery.PageSize);
    }
}
