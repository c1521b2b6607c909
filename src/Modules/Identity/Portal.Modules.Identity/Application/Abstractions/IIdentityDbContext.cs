using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.Modules.Identity.Domain.RateLimits;

namespace Portal.Modules.Identity.Application.Abstractions;

/// <summary>The Identity tables as the handlers see them; implemented by the module's DbContext.</summary>
internal interface IIdentityDbContext : IModuleDbContext
{
    DbSet<Business> Businesses { get; }

    DbSet<MerchantUser> MerchantUsers { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<Customer> Customers { get; }

    DbSet<PortalLink> PortalLinks { get; }

    DbSet<PortalSession> PortalSessions { get; }

    DbSet<RateLimitCounter> RateLimitCounters { get; }

    DbSet<Operator> Operators { get; }

    DbSet<StaffSession> StaffSessions { get; }

    DbSet<PasswordSetupLink> PasswordSetupLinks { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>
    /// Opens a transaction and takes the business's team lock for it: two changes to one team (removing or
    /// demoting owners) run one after the other, so each sees what the other left.
    /// </summary>
    Task<IDbContextTransaction> LockTeamAsync(BusinessId businessId, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
