namespace Portal.Modules.Identity.Application.Staff.SetStaffPassword;

internal sealed class SetStaffPasswordCommandHandler(IIdentityDbContext db, StaffAccounts accounts, TimeProvider time)
    : ICommandHandler<SetStaffPasswordCommand, PasswordSetUp?>
{
    public async Task<PasswordSetUp?> Handle(SetStaffPasswordCommand command, CancellationToken cancellationToken)
    {
        if (!SecretToken.IsWellFormed(command.Token))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var hash = SecretToken.Hash(command.Token);
        var link = await db.PasswordSetupLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        // One conditional UPDATE decides which of two concurrent uses wins: the link works once.
        if (link is null || await db.PasswordSetupLinks
                .Where(l => l.Id == link.Id && l.UsedAt == null && l.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.UsedAt, now), cancellationToken) == 0
            || await accounts.FindAsync(link.Area, link.AccountId, cancellationToken) is not { } account)
        {
            return null;
        }

        account.SetPassword(StaffPasswords.Hash(command.Password));
        await StaffSessions.EndAsync(db.StaffSessions.Where(s => s.Area == link.Area && s.AccountId == link.AccountId), now, cancellationToken);
        return new PasswordSetUp(link.Area == StaffArea.Ops, account.Email);
    }
}
