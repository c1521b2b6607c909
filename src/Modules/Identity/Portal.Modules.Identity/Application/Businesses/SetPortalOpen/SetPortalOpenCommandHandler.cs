using MediatR;

namespace Portal.Modules.Identity.Application.Businesses.SetPortalOpen;

internal sealed class SetPortalOpenCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<SetPortalOpenCommand, Unit>
{
    public async Task<Unit> Handle(SetPortalOpenCommand command, CancellationToken cancellationToken)
    {
        var business = await db.Businesses.FirstOrDefaultAsync(b => b.Id == command.BusinessId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Business not found."));
        if (command.Open)
        {
            business.OpenPortal();
            return Unit.Value;
        }

        var now = time.GetUtcNow();
        business.ClosePortal(now);
        await db.PortalSessions
            .Where(s => s.EndedAt == null
                && (s.BusinessId == business.Id
                    || db.Customers.Any(c => c.BusinessId == business.Id && c.Mode == s.Mode && c.NormalizedEmail == s.Email)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
        await db.PortalLinks
            .Where(l => l.BusinessId == business.Id && l.ConsumedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
        return Unit.Value;
    }
}
