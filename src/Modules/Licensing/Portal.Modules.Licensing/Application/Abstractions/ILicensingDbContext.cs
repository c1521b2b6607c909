using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Application.Persistence;

namespace Portal.Modules.Licensing.Application.Abstractions;

/// <summary>The Licensing tables as the handlers see them; implemented by the module's DbContext.</summary>
internal interface ILicensingDbContext : IModuleDbContext
{
    DbSet<LicenseKey> LicenseKeys { get; }

    DbSet<LicenseKeyInstance> LicenseKeyInstances { get; }

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>The key of this mode with this hash, its row locked until the transaction ends (activations take turns).</summary>
    Task<LicenseKey?> LockByHashAsync(Mode mode, byte[] keyHash, CancellationToken cancellationToken);

    /// <summary>
    /// What validating needs of the key of this mode with this hash, in one precompiled read: whether it is
    /// disabled, its expiry, and whether <paramref name="instanceId"/> (when not null) is one of its instances.
    /// Null when there is no such key.
    /// </summary>
    Task<LicenseKeyValidity?> ValidityAsync(Mode mode, byte[] keyHash, LicenseKeyInstanceId? instanceId, CancellationToken cancellationToken);

    /// <summary>The key, its row locked until the transaction ends.</summary>
    Task<LicenseKey?> LockAsync(LicenseKeyId id, CancellationToken cancellationToken);

    DbSet<LicenseSigningKey> SigningKeys { get; }

    /// <summary>
    /// Writes the key pair unless its business and mode already have one (INSERT … ON CONFLICT DO
    /// NOTHING), so two first uses at once keep a single pair; read the row back to get the winner.
    /// </summary>
    Task InsertSigningKeyIfAbsentAsync(LicenseSigningKey key, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>The state of a key that decides a validation.</summary>
internal sealed record LicenseKeyValidity(bool Disabled, DateTimeOffset? ExpiresAt, bool OnInstance);
