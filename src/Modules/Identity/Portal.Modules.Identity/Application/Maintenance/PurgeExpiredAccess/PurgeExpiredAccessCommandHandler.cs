using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Domain.PortalSessions;

namespace Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

internal sealed class PurgeExpiredAccessCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<PurgeExpiredAccessCommand, PurgedAccess>
{
    public static readonly TimeSpan ExpiredLinkRetention = TimeSpan.FromDays(7);

    public async Task<PurgedAccess> Handle(PurgeExpiredAccessCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var idleSince = now - PortalSession.IdleTimeout;
        var sessions = await db.PortalSessions
            .Where(s => s.EndedAt != null || s.ExpiresAt <= now || s.LastSeenAt <= idleSince)
            .ExecuteDeleteAsync(cancellationToken);
        var links = await db.PortalLinks
            .Where(l => l.ExpiresAt <= now - ExpiredLinkRetention)
            .ExecuteDeleteAsync(cancellationToken);
        var counters = await db.RateLimitCounters
            .Where(c => c.ExpiresAt <= now)
            .ExecuteDeleteAsync(cancellationToken);
        return new PurgedAccess(sessions, links, counters);
    }
}
