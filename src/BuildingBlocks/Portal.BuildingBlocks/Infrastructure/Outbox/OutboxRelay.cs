using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure.Modules;
using Portal.BuildingBlocks.Infrastructure.Persistence;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Hands committed outbox rows to Hangfire, one delivery job per subscribed handler, and marks them
/// dispatched. Rows are locked with SKIP LOCKED so several instances relay side by side; a crash between
/// enqueueing and marking only causes a redelivery, which the consumer's inbox absorbs. The payload travels
/// encrypted in the job's arguments: some events name an email as typed, which the jobs dashboard must not show.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    IntegrationEventSubscriptions subscriptions,
    IBackgroundJobClient jobs,
    IDataProtectionProvider protection,
    TimeProvider time)
{
    private const int BatchSize = 100;

    /// <summary>Dispatches one batch per module; returns how many rows it dispatched.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var dispatched = 0;
        foreach (var module in modules.Modules)
        {
            dispatched += await DispatchBatchAsync(module, cancellationToken);
        }

        return dispatched;
    }

    private async Task<int> DispatchBatchAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is a constant of the module's code, never input.
        var lockPending = $"SELECT * FROM \"{db.Schema}\".outbox_messages WHERE dispatched_on_utc IS NULL " +
            $"ORDER BY occurred_on_utc LIMIT {BatchSize} FOR UPDATE SKIP LOCKED";
        var batch = await db.OutboxMessages.FromSqlRaw(lockPending).ToListAsync(cancellationToken);
        var protector = protection.CreateProtector(IntegrationEventDeliveryJob.PayloadPurpose);
        foreach (var message in batch)
        {
            var sealedPayload = protector.Protect(message.Payload);
            foreach (var handler in subscriptions.HandlersOf(message.EventType))
            {
                jobs.Enqueue<IntegrationEventDeliveryJob>(job =>
                    job.DeliverAsync(message.Id, message.EventType, sealedPayload, handler, CancellationToken.None));
            }

            message.DispatchedOnUtc = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }
}
