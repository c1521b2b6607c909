using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;

namespace Portal.Modules.Webhooks.Infrastructure.Persistence;

/// <summary>The webhooks schema: merchants' endpoints, the messages published to them and each delivery's attempts.</summary>
internal sealed class WebhooksDbContext(
    DbContextOptions<WebhooksDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), IWebhooksDbContext
{
    public const string SchemaName = "webhooks";

    public override string Schema => SchemaName;

    public DbSet<WebhookEndpoint> Endpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookMessage> Messages => Set<WebhookMessage>();

    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public Task LockEndpointsAsync(BusinessId businessId, Mode mode, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('webhooks.endpoints:' || {businessId.Value} || ':' || {mode.ToString()}))", cancellationToken);

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int perEndpoint, int limit, CancellationToken cancellationToken) =>
        // Endpoint by endpoint (the pending (endpoint_id, next_attempt_at) index), so that one endpoint's backlog
        // cannot fill a batch; the row locks last for this statement only, the lease for the attempt.
        await Database.SqlQuery<ClaimedDelivery>($"""
            WITH chosen AS (
                SELECT due.id FROM webhooks.endpoints e
                CROSS JOIN LATERAL (
                    SELECT d.id, d.next_attempt_at FROM webhooks.deliveries d
                    WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= {now}
                    ORDER BY d.next_attempt_at LIMIT {perEndpoint}
                    FOR UPDATE SKIP LOCKED) due
                WHERE NOT e.disabled
                ORDER BY due.next_attempt_at LIMIT {limit})
            UPDATE webhooks.deliveries d SET attempts = d.attempts + 1, next_attempt_at = {leaseUntil}
            FROM chosen, webhooks.messages m
            WHERE d.id = chosen.id AND m.id = d.message_id
            RETURNING d.id, d.endpoint_id, d.attempts AS attempt, m.id AS message_id, m.sealed_body
            """).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WebhookEndpointId>> RecordOutcomesAsync(
        IReadOnlyList<AttemptOutcome> outcomes, IReadOnlyList<ClaimedDelivery> released, DateTimeOffset now, TimeSpan failingLimit, CancellationToken cancellationToken)
    {
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        // A claim is still ours while the delivery is at the attempt number we claimed: only claims count attempts.
        // No status test: its partial index would lead the planner to hash every pending row.
        await Database.ExecuteSqlAsync($"""
            UPDATE webhooks.deliveries d SET status = o.status, next_attempt_at = o.next_attempt_at, last_attempt_at = o.attempted_at,
                last_response_code = o.response_code, last_duration_ms = o.duration_ms, last_error = o.error
            FROM unnest({outcomes.Select(o => o.DeliveryId).ToArray()}, {outcomes.Select(o => o.Attempt).ToArray()},
                {outcomes.Select(o => Wire.Name(o.Status)).ToArray()}, {outcomes.Select(o => o.NextAttemptAt).ToArray()},
                {outcomes.Select(o => o.AttemptedAt).ToArray()}, {outcomes.Select(o => o.ResponseCode).ToArray()},
                {outcomes.Select(o => o.DurationMs).ToArray()}, {outcomes.Select(o => o.Error).ToArray()})
                AS o(id, attempt, status, next_attempt_at, attempted_at, response_code, duration_ms, error)
            WHERE d.id = o.id AND d.attempts = o.attempt
            """, cancellationToken);
        if (released.Count > 0)
        {
            await Database.ExecuteSqlAsync($"""
                UPDATE webhooks.deliveries d SET attempts = d.attempts - 1, next_attempt_at = {now}
                FROM unnest({released.Select(r => r.Id).ToArray()}, {released.Select(r => r.Attempt).ToArray()}) AS r(id, attempt)
                WHERE d.id = r.id AND d.attempts = r.attempt
                """, cancellationToken);
        }

        var answered = outcomes.GroupBy(o => o.EndpointId.Value).Select(g => (Endpoint: g.Key, Accepted: g.Any(o => o.Accepted))).ToList();
        await Database.ExecuteSqlAsync($"""
            UPDATE webhooks.endpoints e SET failing_since = CASE WHEN o.accepted THEN NULL ELSE {now} END
            FROM unnest({answered.Select(a => a.Endpoint).ToArray()}, {answered.Select(a => a.Accepted).ToArray()}) AS o(id, accepted)
            WHERE e.id = o.id AND (e.failing_since IS NULL) <> o.accepted
            """, cancellationToken);
        var failing = answered.Where(a => !a.Accepted).Select(a => a.Endpoint).ToArray();
        var disabled = failing.Length == 0 ? [] : await Database.SqlQuery<string>($"""
            UPDATE webhooks.endpoints SET disabled = true, updated_at = {now}
            WHERE id = ANY({failing}) AND NOT disabled AND failing_since <= {now - failingLimit}
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. disabled.Select(WebhookEndpointId.FromTrusted)];
    }
}
