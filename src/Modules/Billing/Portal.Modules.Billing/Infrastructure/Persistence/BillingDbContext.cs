using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Domain.BillingAccounts;

namespace Portal.Modules.Billing.Infrastructure.Persistence;

internal sealed class BillingDbContext(
    DbContextOptions<BillingDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), IBillingDbContext
{
    public const string SchemaName = "billing";

    public override string Schema => SchemaName;

    public DbSet<BillingAccount> BillingAccounts => Set<BillingAccount>();
}
