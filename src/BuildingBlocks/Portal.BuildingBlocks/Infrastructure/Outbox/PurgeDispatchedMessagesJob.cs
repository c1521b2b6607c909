using System.ComponentModel;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Hourly, one recurring job per module, each on that module's tables only: deletes outbox rows the relay
/// dispatched, and inbox rows whose handler ran, longer than <see cref="RetentionOptions.DispatchedMessagesAge"/>
/// ago, a batch per statement. An undispatched row is never a candidate, however old. A dispatched one no
/// longer carries a delivery: each delivery job holds its event, and Hangfire retries it or keeps it failed
/// on the dashboard, to be retried from there (ADR 0004).
/// </summary>
public sealed class PurgeDispatchedMessagesJob(
    IServiceProvider services,
    ModuleCatalog modules,
    IOptions<RetentionOptions> options,
    TimeProvider time)
{
    public static string IdOf(ModuleDescriptor module) => $"{module.Schema}-purge-dispatched-messages";

    [DisplayName("Purge dispatched messages of {0}")]
    [DisableConcurrentExecution("purge-dispatched-messages:{0}", 60)]
    public async Task<PurgedMessages> RunAsync(string module, CancellationToken cancellationToken)
    {
        var descriptor = modules.Modules.SingleOrDefault(m => m.Name == module)
            ?? throw new InvalidOperationException($"No module is named '{module}'.");
        var db = (ModuleDbContext)services.GetRequiredService(descriptor.DbContextType);
        var retention = options.Value;
        var before = time.GetUtcNow() - retention.DispatchedMessagesAge;

        // The schema is a constant of the module's code, never input; the values are parameters. Rows are
        // locked SKIP LOCKED, so two purges share the work, and a dispatched row never changes again, so
        // the condition still holds on the row deleted.
        var outbox = await DeleteInBatchesAsync(
            db,
            $"DELETE FROM \"{db.Schema}\".outbox_messages WHERE id IN (" +
            $"SELECT id FROM \"{db.Schema}\".outbox_messages WHERE dispatched_on_utc < {{0}} LIMIT {{1}} FOR UPDATE SKIP LOCKED) " +
            "AND dispatched_on_utc < {0}",
            before,
            retention.BatchSize,
            cancellationToken);
        var inbox = await DeleteInBatchesAsync(
            db,
            $"DELETE FROM \"{db.Schema}\".inbox_messages WHERE (event_id, handler) IN (" +
            $"SELECT event_id, handler FROM \"{db.Schema}\".inbox_messages WHERE processed_on_utc < {{0}} LIMIT {{1}} FOR UPDATE SKIP LOCKED)",
            before,
            retention.BatchSize,
            cancellationToken);
        return new PurgedMessages(outbox, inbox);
    }

    /// <summary>One short transaction per batch, until a batch comes back short.</summary>
    private static async Task<int> DeleteInBatchesAsync(ModuleDbContext db, string sql, DateTimeOffset before, int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.Database.ExecuteSqlRawAsync(sql, [before, batchSize], cancellationToken);
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }
}
