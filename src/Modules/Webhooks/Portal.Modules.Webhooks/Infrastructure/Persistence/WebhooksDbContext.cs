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

    public async Task<bool> RecordEndpointOutcomeAsync(WebhookEndpointId endpointId, bool succeeded, DateTimeOffset now, TimeSpan failingLimit, CancellationToken cancellationToken)
    {
        if (succeeded)
        {
            await Database.ExecuteSqlAsync($"UPDATE webhooks.endpoints SET failing_since = NULL WHERE id = {endpointId.Value} AND failing_since IS NOT NULL", cancellationToken);
            return false;
        }

        await Database.ExecuteSqlAsync($"UPDATE webhooks.endpoints SET failing_since = {now} WHERE id = {endpointId.Value} AND failing_since IS NULL", cancellationToken);
        var disabled = await Database.ExecuteSqlAsync(
            $"UPDATE webhooks.endpoints SET disabled = true, updated_at = {now} WHERE id = {endpointId.Value} AND NOT disabled AND failing_since <= {now - failingLimit}",
            cancellationToken);
        return disabled == 1;
    }

    public async Task<WebhookDelivery?> ClaimDueAsync(Guid deliveryId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Deliveries
            .FromSql($"SELECT * FROM webhooks.deliveries WHERE id = {deliveryId} AND status = 'pending' AND next_attempt_at <= {now} FOR UPDATE SKIP LOCKED")
            .FirstOrDefaultAsync(cancellationToken);
}
