using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// Attempts every due delivery, each under its row lock taken with <c>SKIP LOCKED</c>: two hosts, or two
/// runs, never send one attempt twice, and a host killed mid-attempt drops its lock with its connection, so
/// the delivery is due again for the next run (at least once). Runs when a publish commits, when a retry
/// falls due, and every minute as a sweep. Each endpoint is held to its concurrency cap and its
/// <c>rate_limit</c> (<see cref="EndpointGate"/>). An endpoint whose attempts have all failed for five days is
/// disabled, and its business's owners are emailed once (<see cref="EndpointDisabledNotice"/>).
/// </summary>
internal sealed class DeliverWebhooksJob(
    IServiceScopeFactory scopes, IWebhooksDbContext db, IDeliveryTrigger trigger, EndpointGates gates, IOptions<WebhooksOptions> options, TimeProvider time)
{
    public const string Id = "webhooks-deliver";

    private const int BatchSize = 100;

    [DisplayName("Deliver due webhooks")]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await db.Deliveries.AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
                .Join(db.Endpoints.Where(e => !e.Disabled), d => d.EndpointId, e => e.Id, (d, e) => new { d.Id, d.EndpointId, d.NextAttemptAt, e.RateLimit })
                .OrderBy(d => d.NextAttemptAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            var attempted = 0;
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDeliveries, CancellationToken = cancellationToken },
                async (delivery, token) =>
                {
                    using var slots = await gates.EnterAsync(delivery.EndpointId, delivery.RateLimit, token);
                    if (await AttemptAsync(delivery.Id, token))
                    {
                        Interlocked.Increment(ref attempted);
                    }
                });
            if (attempted == 0)
            {
                break;
            }
        }

        await WakeForNextRetryAsync(cancellationToken);
    }

    /// <summary>One attempt in its own scope and transaction; false when another run holds the delivery or it is no longer due.</summary>
    private async Task<bool> AttemptAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var deliveries = scope.ServiceProvider.GetRequiredService<IWebhooksDbContext>();
        await using var transaction = await deliveries.BeginTransactionAsync(cancellationToken);
        if (await deliveries.ClaimDueAsync(deliveryId, time.GetUtcNow(), cancellationToken) is not { } delivery)
        {
            return false;
        }

        var endpoint = await deliveries.Endpoints.AsNoTracking().SingleAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        var message = await deliveries.Messages.AsNoTracking().SingleAsync(m => m.Id == delivery.MessageId, cancellationToken);
        var (statusCode, duration, error) = await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(endpoint, message, cancellationToken);
        var now = time.GetUtcNow();
        delivery.RecordAttempt(statusCode, duration, error ?? (statusCode is >= 300 and < 400 ? "Redirects are not followed." : null), now);
        var disabledNow = await deliveries.RecordEndpointOutcomeAsync(endpoint.Id, delivery.Status == DeliveryStatus.Succeeded, now, WebhookEndpoint.FailingLimit, cancellationToken);
        await deliveries.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (disabledNow)
        {
            await scope.ServiceProvider.GetRequiredService<EndpointDisabledNotice>().SendAsync(endpoint, cancellationToken);
        }

        return true;
    }

    private async Task WakeForNextRetryAsync(CancellationToken cancellationToken)
    {
        var next = await db.Deliveries.Where(d => d.Status == DeliveryStatus.Pending).MinAsync(d => d.NextAttemptAt, cancellationToken);
        if (next is { } when && when - time.GetUtcNow() < TimeSpan.FromMinutes(1))
        {
            // Sooner than the sweep: the first retry comes within seconds.
            trigger.WakeAt(when);
        }
    }
}
