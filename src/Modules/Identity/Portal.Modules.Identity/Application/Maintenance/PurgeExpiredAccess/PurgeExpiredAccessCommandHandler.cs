using Microsoft.Extensions.Options;
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
        var sessions = await DeleteInBatchesAsync(
            db.PortalSessions.Where(s => s.ExpiresAt <= sessionsBefore).OrderBy(s => s.ExpiresAt), retention.BatchSize, cancellationToken);
        sessions += await DeleteInBatchesAsync(
            db.StaffSessions.Where(s => s.ExpiresAt <= sessionsBefore).OrderBy(s => s.ExpiresAt), retention.BatchSize, cancellationToken);
        var linksBefore = now - retention.ExpiredSignInLinksAge;
        var links = await DeleteInBatchesAsync(
            db.PortalLinks.Where(l => l.ExpiresAt <= linksBefore).OrderBy(l => l.ExpiresAt), retention.BatchSize, cancellationToken);
        links += await DeleteInBatchesAsync(
            db.PasswordSetupLinks.Where(l => l.ExpiresAt <= linksBefore).OrderBy(l => l.ExpiresAt), retention.BatchSize, cancellationToken);
        var counters = await DeleteInBatchesAsync(
            db.RateLimitCounters.Where(c => c.ExpiresAt <= now).OrderBy(c => c.ExpiresAt), retention.BatchSize, cancellationToken);
        return new PurgedAccess(sessions, links, counters);
    }

    /// <summary>One short statement per batch, until a batch comes back short.</summary>
    private static async Task<int> DeleteInBatchesAsync<T>(IQueryable<T> doomed, int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await doomed.Take(batchSize).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }
}
