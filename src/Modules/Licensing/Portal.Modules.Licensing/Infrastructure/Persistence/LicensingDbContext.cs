using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Modules.Licensing.Application.Abstractions;
using Portal.Modules.Licensing.Domain.SigningKeys;

namespace Portal.Modules.Licensing.Infrastructure.Persistence;

/// <summary>The licensing schema: the businesses' license signing keys, and the module's outbox and inbox.</summary>
internal sealed class LicensingDbContext(
    DbContextOptions<LicensingDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), ILicensingDbContext
{
    public const string SchemaName = "licensing";

    public override string Schema => SchemaName;

    public DbSet<LicenseSigningKey> SigningKeys => Set<LicenseSigningKey>();

    public Task InsertSigningKeyIfAbsentAsync(LicenseSigningKey key, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync(
            $"""
            INSERT INTO licensing.signing_keys (business_id, mode, key_id, public_key, protected_private_key, created_at)
            VALUES ({key.BusinessId.Value}, {key.Mode.ToString()}, {key.KeyId}, {key.PublicKey}, {key.ProtectedPrivateKey}, {key.CreatedAt})
            ON CONFLICT (business_id, mode) DO NOTHING
            """,
            cancellationToken);
}
