using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Host.Email;

namespace Portal.Host.Persistence;

/// <summary>
/// The host's own tables: Data Protection keys, shared by every instance so that a cookie issued by one
/// is read by another, and the development mailbox.
/// </summary>
internal sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "host";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DevMailboxMessage> DevMailbox => Set<DevMailboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.Entity<DevMailboxMessage>(b =>
        {
            b.ToTable("dev_mailbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.To).HasMaxLength(254);
            b.Property(m => m.Subject).HasMaxLength(300);
            b.HasIndex(m => m.SentAt);
        });
    }
}
