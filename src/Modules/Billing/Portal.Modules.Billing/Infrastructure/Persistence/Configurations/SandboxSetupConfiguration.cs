namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class SandboxSetupConfiguration : IEntityTypeConfiguration<SandboxSetup>
{
    public void Configure(EntityTypeBuilder<SandboxSetup> builder)
    {
        builder.ToTable("sandbox_setups");
        builder.HasKey(s => s.Reference);
        builder.Property(s => s.Reference).HasMaxLength(64);
        builder.Property(s => s.BusinessId).HasMaxLength(64);
        builder.Property(s => s.Mode).HasMaxLength(8);
        builder.Property(s => s.CustomerId).HasMaxLength(64);
        builder.Property(s => s.PaymentMethodToken).HasMaxLength(64);
        builder.Property(s => s.Status).HasMaxLength(16);
        builder.Property(s => s.ReturnUrl).HasMaxLength(2048);
    }
}
