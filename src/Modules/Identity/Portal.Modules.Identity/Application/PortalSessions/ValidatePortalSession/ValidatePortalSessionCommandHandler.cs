namespace Portal.Modules.Identity.Application.PortalSessions.ValidatePortalSession;

internal sealed class ValidatePortalSessionCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<ValidatePortalSessionCommand, bool>
{
    public async Task<bool> Handle(ValidatePortalSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await db.PortalSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == command.SessionId && s.Mode == command.Mode, cancellationToken);
        var now = time.GetUtcNow();
        if (session is null || !session.IsActive(now))
        {
            return false;
        }

        if (now >= session.TouchDueAt)
        {
            await db.PortalSessions
                .Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        }

        return true;
    }
}
