using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence;

/// <summary>The subscriptions schema. It holds the module's outbox and inbox until its first capability lands.</summary>
internal sealed class SubscriptionsDbContext(
    DbContextOptions<SubscriptionsDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal)
{
    public const string SchemaName = "subscriptions";

    public override string Schema => SchemaName;
}
