namespace Portal.Modules.Identity.Application.Staff;

/// <summary>Ending staff sessions, the one way every use case does it (sign-out, password, role and team changes).</summary>
internal static class StaffSessions
{
    public static Task<int> EndAsync(IQueryable<StaffSession> sessions, DateTimeOffset now, CancellationToken cancellationToken) =>
        sessions.Where(s => s.EndedAt == null).ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
}
