using MediatR;

namespace Portal.Modules.Identity.Application.PortalSessions.EndPortalSession;

internal sealed class EndPortalSessionCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<EndPortalSessionCommand, Unit>
{
    public async Task<Unit> Handle(EndPortalSessionCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.PortalSessions
            .Where(s => s.Id == command.SessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
        return Unit.Value;
    }
}
