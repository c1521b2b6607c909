namespace Portal.Modules.Identity.Application.Staff.ValidateStaffSession;

internal sealed class ValidateStaffSessionCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<ValidateStaffSessionCommand, bool>
{
    public async Task<bool> Handle(ValidateStaffSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await db.StaffSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken);
        var now = time.GetUtcNow();
        if (session is null || !session.IsActive(now))
        {
            return false;
        }

        if (now >= session.TouchDueAt)
        {
            await db.StaffSessions
                .Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        }

        return true;
    }
}
