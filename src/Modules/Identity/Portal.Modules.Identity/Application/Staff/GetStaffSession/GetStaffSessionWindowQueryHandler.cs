namespace Portal.Modules.Identity.Application.Staff.GetStaffSession;

internal sealed class GetStaffSessionWindowQueryHandler(IIdentityDbContext db) : IQueryHandler<GetStaffSessionWindowQuery, StaffSessionWindow?>
{
    public async Task<StaffSessionWindow?> Handle(GetStaffSessionWindowQuery query, CancellationToken cancellationToken)
    {
        var session = await db.StaffSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SessionId, cancellationToken);
        return session is null ? null : new StaffSessionWindow(session.ActiveUntil, session.TouchDueAt);
    }
}
