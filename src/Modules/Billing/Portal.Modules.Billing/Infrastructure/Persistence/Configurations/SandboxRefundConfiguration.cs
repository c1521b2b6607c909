namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class SandboxRefundConfiguration : IEntityTypeConfiguration<SandboxRefund>
{
    public void Configure(EntityTypeBuilder<SandboxRefund> builder)
    {
        builder.ToTable("sandbox_refunds");
        builder.HasKey(r => r.IdempotencyKey);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(255);
        builder.Property(r => r.Reference).HasMaxLength(64);
        builder.Property(r => r.ChargeReference).HasMaxLength(64);
        builder.HasIndex(r => r.ChargeReference);
    }
}
