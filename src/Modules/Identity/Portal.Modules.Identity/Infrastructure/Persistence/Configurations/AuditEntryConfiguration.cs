namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorArea).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.HasIndex(e => new { e.BusinessId, e.OccurredAt });
    }
}
