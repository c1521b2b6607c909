namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Hands committed outbox rows to Hangfire and marks them dispatched: each subscribed handler gets the batch's
/// events in jobs of up to <see cref="EventsPerJob"/>, so a burst costs Hangfire a few jobs rather than one per
/// event and handler, and a single event still leaves in a job of its own at once. Rows are locked with SKIP LOCKED so several instances relay side by side; a crash between
/// enqueueing and marking only causes a redelivery, which the consumer's inbox absorbs. The payload travels
/// encrypted in the job's arguments: some events name an email as typed, which the jobs dashboard must not show.
/// A row whose event type is under no registered name (a rename shipped without its migration, a row an older
/// version wrote after the upgrade) is reported and left pending, never marked dispatched with nobody told.
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    IntegrationEventSubscriptions subscriptions,
    IBackgroundJobClient jobs,
    IDataProtectionProvider protection,
    TimeProvider time,
    ILogger<OutboxRelay> logger)
{
    private const int BatchSize = 100;

    /// <summary>Few enough that a burst still spreads over the job server's workers.</summary>
    private const int EventsPerJob = 25;

    /// <summary>Dispatches every module's pending rows, batch after batch; returns how many rows it dispatched.</summary>
    public Task<int> DispatchPendingAsync(CancellationToken cancellationToken) =>
        DispatchAsync(modules.Modules, cancellationToken);

    /// <summary>Dispatches the pending rows of the modules of these schemas alone: those a wake-up named.</summary>
    public Task<int> DispatchPendingAsync(IReadOnlyCollection<string> schemas, CancellationToken cancellationToken) =>
        DispatchAsync(modules.Modules.Where(m => schemas.Contains(m.Schema)), cancellationToken);

    private async Task<int> DispatchAsync(IEnumerable<ModuleDescriptor> toDispatch, CancellationToken cancellationToken)
    {
        var dispatched = 0;
        foreach (var module in toDispatch)
        {
            // A short batch left nothing behind but rows another relay holds; a batch of which nothing could be
            // dispatched (rows under unknown names) is not fetched again and again.
            (int Fetched, int Dispatched) batch;
            do
            {
                batch = await DispatchBatchAsync(module, cancellationToken);
                dispatched += batch.Dispatched;
            }
            while (batch.Fetched == BatchSize && batch.Dispatched > 0);
        }

        return dispatched;
    }

    private async Task<(int Fetched, int Dispatched)> DispatchBatchAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is a constant of the module's code, never input.
        var lockPending = $"SELECT * FROM \"{db.Schema}\".outbox_messages WHERE dispatched_on_utc IS NULL " +
            $"ORDER BY occurred_on_utc LIMIT {BatchSize} FOR UPDATE SKIP LOCKED";
        var batch = await db.OutboxMessages.FromSqlRaw(lockPending).ToListAsync(cancellationToken);
        var protector = protection.CreateProtector(IntegrationEventDeliveryJob.PayloadPurpose);
        var relayed = new List<OutboxMessage>();
        foreach (var message in batch)
        {
            if (!subscriptions.IsEvent(message.EventType))
            {
                LogUnknownEvent(logger, db.Schema, message.Id, message.EventType);
                continue;
            }

            relayed.Add(message);
            message.DispatchedOnUtc = time.GetUtcNow();
        }

        foreach (var ofType in relayed.GroupBy(m => m.EventType))
        {
            var events = ofType.Select(m => new RelayedEvent(m.Id, protector.Protect(m.Payload))).ToList();
            foreach (var handler in subscriptions.HandlersOf(ofType.Key))
            {
                foreach (var chunk in events.Chunk(EventsPerJob))
                {
                    jobs.Enqueue<IntegrationEventDeliveryJob>(job => job.DeliverAsync(ofType.Key, handler, chunk, CancellationToken.None));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (batch.Count, relayed.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {Id} of {Schema} names the event '{EventType}', which no event is registered under; it stays pending until renamed")]
    private static partial void LogUnknownEvent(ILogger logger, string schema, Guid id, string eventType);
}
