using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.Modules.Identity.Contracts.Maintenance;

namespace Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

internal sealed class PurgeExpiredAccessCommandHandler(IIdentityDbContext db, TimeProvider time, IOptions<AccessRetentionOptions> options)
    : ICommandHandler<PurgeExpiredAccessCommand, PurgedAccess>
{
    public async Task<PurgedAccess> Handle(PurgeExpiredAccessCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retention = options.Value;
        // Every session (a customer's or a merchant's and operator's) is over by its absolute expiry,
        // whatever ended it first; the indexed expires_at therefore dates them all.
        var sessionsBefore = now - retention.EndedSessionsAge;
        var sessions = await db.PortalSessions.Where(s => s.ExpiresAt <= sessionsBefore).OrderBy(s => s.ExpiresAt).DeleteInBatchesAsync(retention.BatchSize, cancellationToken);
        sessions += await db.StaffSessions.Where(s => s.ExpiresAt <= sessionsBefore).OrderBy(s => s.ExpiresAt).DeleteInBatchesAsync(retention.BatchSize, cancellationToken);
        var linksBefore = now - retention.ExpiredSignInLinksAge;
        var links = await db.PortalLinks.Where(l => l.ExpiresAt <= linksBefore).OrderBy(l => l.ExpiresAt).DeleteInBatchesAsync(retention.BatchSize, cancellationToken);
        links += await db.PasswordSetupLinks.Where(l => l.ExpiresAt <= linksBefore).OrderBy(l => l.ExpiresAt).DeleteInBatchesAsync(retention.BatchSize, cancellationToken);
        var counters = await db.RateLimitCounters.Where(c => c.ExpiresAt <= now).OrderBy(c => c.ExpiresAt).DeleteInBatchesAsync(retention.BatchSize, cancellationToken);
        return new PurgedAccess(sessions, links, counters);
    }
}
