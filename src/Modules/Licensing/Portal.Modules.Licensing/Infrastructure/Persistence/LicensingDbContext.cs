using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;

namespace Portal.Modules.Licensing.Infrastructure.Persistence;

/// <summary>The licensing schema. It holds the module's outbox and inbox until its first capability lands.</summary>
internal sealed class LicensingDbContext(
    DbContextOptions<LicensingDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal)
{
    public const string SchemaName = "licensing";

    public override string Schema => SchemaName;
}
