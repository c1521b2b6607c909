namespace Portal.Modules.Identity.Application.Staff.ChangeStaffPassword;

internal sealed class ChangeStaffPasswordCommandHandler(IIdentityDbContext db, StaffAccounts accounts, TimeProvider time)
    : ICommandHandler<ChangeStaffPasswordCommand, bool>
{
    public async Task<bool> Handle(ChangeStaffPasswordCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = await db.StaffSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken);
        if (session is null || !session.IsActive(now)
            || await accounts.FindAsync(session.Area, session.AccountId, cancellationToken) is not { } account
            || !StaffPasswords.Verify(account.PasswordHash, command.CurrentPassword))
        {
            return false;
        }

        account.SetPassword(StaffPasswords.Hash(command.NewPassword));
        await StaffSessions.EndAsync(
            db.StaffSessions.Where(s => s.Area == session.Area && s.AccountId == session.AccountId && s.Id != session.Id), now, cancellationToken);
        return true;
    }
}
