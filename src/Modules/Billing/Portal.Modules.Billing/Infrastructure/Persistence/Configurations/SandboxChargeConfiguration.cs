namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class SandboxChargeConfiguration : IEntityTypeConfiguration<SandboxCharge>
{
    public void Configure(EntityTypeBuilder<SandboxCharge> builder)
    {
        builder.ToTable("sandbox_charges");
        builder.HasKey(c => c.IdempotencyKey);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(255);
        builder.Property(c => c.Reference).HasMaxLength(64);
        builder.Property(c => c.Mode).HasMaxLength(8);
        builder.Property(c => c.PaymentMethodToken).HasMaxLength(64);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.FailureCode).HasMaxLength(64);
        builder.Property(c => c.ReturnUrl).HasMaxLength(2048);
        builder.HasIndex(c => c.Reference).IsUnique();
    }
}
