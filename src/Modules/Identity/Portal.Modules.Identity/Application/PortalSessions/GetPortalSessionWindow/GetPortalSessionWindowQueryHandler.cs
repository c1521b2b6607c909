namespace Portal.Modules.Identity.Application.PortalSessions.GetPortalSessionWindow;

internal sealed class GetPortalSessionWindowQueryHandler(IIdentityDbContext db) : IQueryHandler<GetPortalSessionWindowQuery, PortalSessionWindow?>
{
    public async Task<PortalSessionWindow?> Handle(GetPortalSessionWindowQuery query, CancellationToken cancellationToken)
    {
        var session = await db.PortalSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == query.SessionId && s.Mode == query.Mode, cancellationToken);
        return session is null ? null : new PortalSessionWindow(session.ActiveUntil, session.TouchDueAt);
    }
}
