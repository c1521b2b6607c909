using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>
/// Walks the subscriptions a job has to handle in batches, oldest due first, and handles each in its
/// own transaction holding its row lock taken with <c>SKIP LOCKED</c>, a few of a batch at once
/// (<see cref="SubscriptionsOptions.JobParallelism"/>): a second job server running the
/// same job at the same time skips the rows the first one holds, and finds the ones it finished no
/// longer due. One subscription's failure is logged and does not stop the others.
/// Each subscription is handled in a DI scope of its own, as a request would be: its DbContexts, and
/// Billing's reached through <c>ISender</c> for the charge, start empty and go away with it. With
/// one scope for the whole run, Billing's change tracker kept every payment, invoice, card and outbox row
/// of the run, and every save scanned them all: a cost per renewal growing with the renewals before it.
/// </summary>
internal sealed class DueSubscriptionsRunner(
    ISubscriptionsDbContext db, IServiceScopeFactory scopes, IOptions<SubscriptionsOptions> options, TimeProvider time, ILogger<DueSubscriptionsRunner> logger)
{
    /// <param name="handle">Handles one locked subscription with the biller of its scope; true when it changed.</param>
    /// <returns>How many subscriptions changed.</returns>
    public async Task<int> RunAsync(DueWork work, Func<SubscriptionBiller, Subscription, Task<bool>> handle, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = 0;
        var failed = 0;
        DueSubscription? after = null;
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.JobParallelism), CancellationToken = cancellationToken };
        while (true)
        {
            var batch = await db.DueSubscriptionsAsync(work, now, after, options.Value.JobBatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1];
            await Parallel.ForEachAsync(batch, parallelism, async (due, token) =>
            {
                try
                {
                    if (await HandleOneAsync(due.Id, handle, token))
                    {
                        Interlocked.Increment(ref changed);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    logger.LogError(exception, "Subscription {SubscriptionId} could not be handled; the next run tries again.", due.Id.Value);
                }
            });
        }

        return failed == 0 ? changed : throw new InvalidOperationException($"{failed} subscription(s) could not be handled (see the log); {changed} changed.");
    }

    private async Task<bool> HandleOneAsync(SubscriptionId id, Func<SubscriptionBiller, Subscription, Task<bool>> handle, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var scopedDb = scope.ServiceProvider.GetRequiredService<ISubscriptionsDbContext>();
        await using var transaction = await scopedDb.BeginTransactionAsync(cancellationToken);
        var subscription = await scopedDb.LockSubscriptionAsync(id, skipLocked: true, cancellationToken);
        if (subscription is null)
        {
            return false;
        }

        var changed = await handle(scope.ServiceProvider.GetRequiredService<SubscriptionBiller>(), subscription);
        await scopedDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}

/// <summary>Which work list a job walks.</summary>
internal enum DueWork
{
    /// <summary>Active subscriptions whose period is over.</summary>
    Renewals,

    /// <summary>On-hold subscriptions whose next dues retry has come.</summary>
    DuesRetries,
}

/// <summary>A subscription on a work list, with the time it became due (the keyset cursor).</summary>
internal sealed record DueSubscription(SubscriptionId Id, DateTimeOffset DueAt);
