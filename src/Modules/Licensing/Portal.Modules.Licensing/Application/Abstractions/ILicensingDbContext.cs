using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.Modules.Licensing.Domain.SigningKeys;

namespace Portal.Modules.Licensing.Application.Abstractions;

/// <summary>The Licensing tables as the handlers see them; implemented by the module's DbContext.</summary>
internal interface ILicensingDbContext : IModuleDbContext
{
    DbSet<LicenseSigningKey> SigningKeys { get; }

    /// <summary>
    /// Writes the key pair unless its business and mode already have one (INSERT … ON CONFLICT DO
    /// NOTHING), so two first uses at once keep a single pair; read the row back to get the winner.
    /// </summary>
    Task InsertSigningKeyIfAbsentAsync(LicenseSigningKey key, CancellationToken cancellationToken);
}
