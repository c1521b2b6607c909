using Portal.Modules.Billing.Domain.Refunds;

namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion<PrefixedIdConverter<RefundId>>().HasMaxLength(64);
        builder.Property(r => r.PaymentId).HasConversion<PrefixedIdConverter<PaymentId>>().HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.GatewayReference).HasMaxLength(255);
        builder.Property(r => r.FailureMessage).HasMaxLength(500);
        builder.HasIndex(r => r.PaymentId);
        builder.HasIndex(r => new { r.CustomerId, r.Mode, r.CreatedAt });
    }
}
