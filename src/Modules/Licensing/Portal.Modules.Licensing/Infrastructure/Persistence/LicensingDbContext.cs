using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Modules.Licensing.Application.Abstractions;
using Portal.Modules.Licensing.Domain.LicenseKeys;

namespace Portal.Modules.Licensing.Infrastructure.Persistence;

/// <summary>The licensing schema: license keys and their instances.</summary>
internal sealed class LicensingDbContext(
    DbContextOptions<LicensingDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), ILicensingDbContext
{
    public const string SchemaName = "licensing";

    public override string Schema => SchemaName;

    public DbSet<LicenseKey> LicenseKeys => Set<LicenseKey>();

    public DbSet<LicenseKeyInstance> LicenseKeyInstances => Set<LicenseKeyInstance>();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public Task<LicenseKey?> LockByHashAsync(Mode mode, byte[] keyHash, CancellationToken cancellationToken) =>
        LockedAsync(LicenseKeys.FromSql($"SELECT * FROM licensing.license_keys WHERE key_hash = {keyHash} AND mode = {mode.ToString()} FOR UPDATE"), cancellationToken);

    public Task<LicenseKey?> LockAsync(LicenseKeyId id, CancellationToken cancellationToken) =>
        LockedAsync(LicenseKeys.FromSql($"SELECT * FROM licensing.license_keys WHERE id = {id.Value} FOR UPDATE"), cancellationToken);

    private async Task<LicenseKey?> LockedAsync(IQueryable<LicenseKey> rows, CancellationToken cancellationToken)
    {
        // The row is read again under its lock: a copy tracked earlier in this scope could be stale.
        var key = await rows.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return null;
        }

        foreach (var entry in ChangeTracker.Entries<LicenseKey>().Where(e => e.Entity.Id == key.Id).ToList())
        {
            entry.State = EntityState.Detached;
        }

        Attach(key);
        return key;
    }
}
