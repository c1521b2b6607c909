using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Modules.Identity.Domain.RateLimits;

namespace Portal.Modules.Identity.Infrastructure.Persistence;

internal sealed class IdentityDbContext(
    DbContextOptions<IdentityDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), IIdentityDbContext
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    public DbSet<Business> Businesses => Set<Business>();

    public DbSet<MerchantUser> MerchantUsers => Set<MerchantUser>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<PortalLink> PortalLinks => Set<PortalLink>();

    public DbSet<PortalSession> PortalSessions => Set<PortalSession>();

    public DbSet<RateLimitCounter> RateLimitCounters => Set<RateLimitCounter>();

    public DbSet<Operator> Operators => Set<Operator>();

    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    public DbSet<PasswordSetupLink> PasswordSetupLinks => Set<PasswordSetupLink>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public async Task<IDbContextTransaction> LockTeamAsync(BusinessId businessId, CancellationToken cancellationToken)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('identity.team:' || {businessId.Value}))", cancellationToken);
        return transaction;
    }
}
