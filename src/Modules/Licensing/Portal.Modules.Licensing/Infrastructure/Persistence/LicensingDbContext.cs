using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;

namespace Portal.Modules.Licensing.Infrastructure.Persistence;

/// <summary>The licensing schema: license keys, their instances, and the businesses' license signing keys.</summary>
internal sealed class LicensingDbContext(
    DbContextOptions<LicensingDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), ILicensingDbContext
{
    public const string SchemaName = "licensing";

    // Compiled once: validation is the hottest public endpoint, and this skips building and looking up the
    // LINQ expression on every request. A missing instance id is matched against no id at all.
    private static readonly Func<LicensingDbContext, Mode, byte[], LicenseKeyInstanceId, bool, CancellationToken, Task<LicenseKeyValidity?>> Validity =
        EF.CompileAsyncQuery((LicensingDbContext db, Mode mode, byte[] keyHash, LicenseKeyInstanceId instanceId, bool askedInstance, CancellationToken _) =>
            db.LicenseKeys.AsNoTracking()
                .Where(k => k.KeyHash == keyHash && k.Mode == mode)
                .Select(k => new LicenseKeyValidity(
                    k.Disabled,
                    k.ExpiresAt,
                    !askedInstance || db.LicenseKeyInstances.Any(i => i.Id == instanceId && i.LicenseKeyId == k.Id)))
                .FirstOrDefault());

    public override string Schema => SchemaName;

    public DbSet<LicenseKey> LicenseKeys => Set<LicenseKey>();

    public DbSet<LicenseKeyInstance> LicenseKeyInstances => Set<LicenseKeyInstance>();

    public DbSet<LicenseSigningKey> SigningKeys => Set<LicenseSigningKey>();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public Task<LicenseKey?> LockByHashAsync(Mode mode, byte[] keyHash, CancellationToken cancellationToken) =>
        LockedAsync(LicenseKeys.FromSql($"SELECT * FROM licensing.license_keys WHERE key_hash = {keyHash} AND mode = {mode.ToString()} FOR UPDATE"), cancellationToken);

    public Task<LicenseKeyValidity?> ValidityAsync(Mode mode, byte[] keyHash, LicenseKeyInstanceId? instanceId, CancellationToken cancellationToken) =>
        Validity(this, mode, keyHash, instanceId ?? LicenseKeyInstanceId.FromTrusted(string.Empty), instanceId is not null, cancellationToken);

    public Task<LicenseKey?> LockAsync(LicenseKeyId id, CancellationToken cancellationToken) =>
        LockedAsync(LicenseKeys.FromSql($"SELECT * FROM licensing.license_keys WHERE id = {id.Value} FOR UPDATE"), cancellationToken);

    public Task InsertSigningKeyIfAbsentAsync(LicenseSigningKey key, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync(
            $"""
            INSERT INTO licensing.signing_keys (business_id, mode, key_id, public_key, protected_private_key, created_at)
            VALUES ({key.BusinessId.Value}, {key.Mode.ToString()}, {key.KeyId}, {key.PublicKey}, {key.ProtectedPrivateKey}, {key.CreatedAt})
            ON CONFLICT (business_id, mode) DO NOTHING
            """,
            cancellationToken);

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
