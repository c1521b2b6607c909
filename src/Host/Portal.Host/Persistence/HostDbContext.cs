using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Persistence;

/// <summary>
/// The host's own table: Data Protection keys, shared by every instance so that a cookie issued by one
/// is read by another.
/// </summary>
internal sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "host";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(SchemaName);
}
