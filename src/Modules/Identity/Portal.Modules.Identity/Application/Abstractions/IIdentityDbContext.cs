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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
