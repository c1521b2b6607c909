using MediatR;

namespace Portal.Modules.Identity.Application.Staff.EndStaffSession;

internal sealed class EndStaffSessionCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<EndStaffSessionCommand, Unit>
{
    public async Task<Unit> Handle(EndStaffSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await db.StaffSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken);
        if (session is null)
        {
            return Unit.Value;
        }

        var ended = command.Everywhere
            ? db.StaffSessions.Where(s => s.Area == session.Area && s.AccountId == session.AccountId)
            : db.StaffSessions.Where(s => s.Id == session.Id);
        await StaffSessions.EndAsync(ended, time.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}
