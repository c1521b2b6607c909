using Portal.Modules.Billing.Domain.Credits;

namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class CreditEntryConfiguration : IEntityTypeConfiguration<CreditEntry>
{
    public void Configure(EntityTypeBuilder<CreditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.EntryKey).HasMaxLength(255);
        builder.Property(e => e.Description).HasMaxLength(300);

        // Each credit and each use is written once, however often it is asked for.
        builder.HasIndex(e => new { e.BusinessId, e.Mode, e.EntryKey }).IsUnique();
        builder.HasIndex(e => new { e.CustomerId, e.Mode, e.Currency });
    }
}
