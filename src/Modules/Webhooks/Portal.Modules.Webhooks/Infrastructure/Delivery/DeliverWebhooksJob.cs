using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// Attempts every due delivery, in batches (ADR 0025): one statement claims a batch under a lease, its
/// attempts run in parallel without holding a database connection, and one transaction records their
/// outcomes. Two hosts, or two runs, never claim one attempt twice; a host that stops before recording leaves
/// its deliveries due again when the lease ends (at least once). Runs when a publish commits (unless a run
/// going on in the host takes the wake-up, <see cref="DeliveryRuns"/>), when a retry falls due, and every
/// minute as a sweep. Each endpoint is held to its concurrency cap and its
/// <c>rate_limit</c> (<see cref="EndpointGate"/>). An endpoint whose attempts have all failed for five days is
/// disabled, and its business's owners are emailed once (<see cref="EndpointDisabledNotice"/>).
/// </summary>
internal sealed class DeliverWebhooksJob(
    IWebhooksDbContext db,
    WebhookSender sender,
    IWebhookBodies bodies,
    IWebhookSecrets secrets,
    EndpointGates gates,
    EndpointDisabledNotice disabledNotice,
    IDeliveryTrigger trigger,
    DeliveryRuns runs,
    IOptions<WebhooksOptions> options,
    TimeProvider time)
{
    public const string Id = "webhooks-deliver";

    private const int BatchSize = 200;

    /// <summary>A batch takes at most this many rounds of an endpoint's concurrency cap, so one slow endpoint holds a batch up for a bounded time.</summary>
    private const int RoundsPerEndpoint = 8;

    [DisplayName("Deliver due webhooks")]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        runs.Started();
        var ended = false;
        try
        {
            do
            {
                await DeliverDueAsync(cancellationToken);
            }
            while (!(ended = runs.TryEnd()));
        }
        finally
        {
            if (!ended && runs.Abandon())
            {
                trigger.Wake();
            }
        }

        await WakeForNextRetryAsync(cancellationToken);
    }

    /// <summary>Every delivery due, batch after batch, until a claim finds none.</summary>
    private async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        // Two batches at a time: the next is claimed, and its attempts queue behind the current one's, while the
        // current one is sent, so that claiming and recording never leave the endpoints idle.
        var current = await ClaimAsync(cancellationToken);
        while (current is not null)
        {
            var next = current.LeftNoneDue ? null : await ClaimAsync(cancellationToken);
            var attempts = await current.Attempts;
            var released = current.Deliveries.Where((_, i) => attempts[i] is null).ToList();
            var disabled = await db.RecordOutcomesAsync([.. attempts.OfType<AttemptOutcome>()], released, time.GetUtcNow(), WebhookEndpoint.FailingLimit, cancellationToken);
            foreach (var endpointId in disabled)
            {
                await disabledNotice.SendAsync(current.Targets[endpointId.Value].Endpoint, cancellationToken);
            }

            current = next;
        }
    }

    /// <summary>Claims a batch and starts its attempts; null when nothing is due.</summary>
    private async Task<Batch?> ClaimAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimedAt = time.GetUtcNow();
        // An attempt must be able to end, timeout included, before the lease does: later ones are released.
        var startBy = claimedAt + settings.ClaimLease - settings.Timeout - TimeSpan.FromSeconds(15);
        var perEndpoint = settings.MaxConcurrencyPerEndpoint * RoundsPerEndpoint;
        var deliveries = await db.ClaimDueAsync(claimedAt, claimedAt + settings.ClaimLease, perEndpoint, BatchSize, cancellationToken);
        if (deliveries.Count == 0)
        {
            return null;
        }

        var targets = await TargetsAsync(deliveries, claimedAt, cancellationToken);
        // A message goes to every endpoint that takes its type: its body is opened once per batch, not once per attempt.
        var opened = deliveries.DistinctBy(d => d.MessageId).ToDictionary(d => d.MessageId, d => bodies.Open(d.SealedBody));
        // A batch below both limits took everything that was due.
        var leftNoneDue = deliveries.Count < BatchSize && deliveries.CountBy(d => d.EndpointId).All(e => e.Value < perEndpoint);
        return new Batch(deliveries, targets, leftNoneDue, Task.WhenAll(deliveries.Select(d => AttemptAsync(d, opened[d.MessageId], targets.GetValueOrDefault(d.EndpointId), startBy, cancellationToken))));
    }

    /// <summary>The batch's endpoints, read once, each secret revealed once.</summary>
    private async Task<Dictionary<string, DeliveryTarget>> TargetsAsync(IReadOnlyList<ClaimedDelivery> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = batch.Select(d => WebhookEndpointId.FromTrusted(d.EndpointId)).Distinct().ToList();
        var endpoints = await db.Endpoints.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        return endpoints.ToDictionary(
            e => e.Id.Value,
            e => new DeliveryTarget(e, [.. e.SigningSecrets(now).Select(secret => new StandardWebhook(secrets.Reveal(secret)))]));
    }

    /// <summary>One attempt, once the endpoint and the host have room for it; null when it could not start in time and is released.</summary>
    private async Task<AttemptOutcome?> AttemptAsync(ClaimedDelivery delivery, string body, DeliveryTarget? target, DateTimeOffset startBy, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            // The endpoint was deleted since the claim, and its deliveries with it.
            return null;
        }

        using var slots = await gates.EnterAsync(target.Endpoint.Id, target.Endpoint.RateLimit, cancellationToken);
        if (time.GetUtcNow() > startBy)
        {
            return null;
        }

        var (statusCode, duration, error) = await sender.SendAsync(target, delivery.MessageId, body, cancellationToken);
        return WebhookDelivery.Outcome(delivery.Id, target.Endpoint.Id, delivery.Attempt, statusCode, duration, error, time.GetUtcNow());
    }

    private sealed record Batch(IReadOnlyList<ClaimedDelivery> Deliveries, Dictionary<string, DeliveryTarget> Targets, bool LeftNoneDue, Task<AttemptOutcome?[]> Attempts);

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
