namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion<PrefixedIdConverter<PaymentId>>().HasMaxLength(64);
        builder.Property(p => p.PaymentMethodId).HasConversion<PrefixedIdConverter<PaymentMethodId>>().HasMaxLength(64);
        builder.Property(p => p.IdempotencyKey).HasMaxLength(255);
        ChargeTextColumn.Map(builder.Property(p => p.Description));
        builder.Property(p => p.SubscriptionId).HasMaxLength(64);
        builder.Property(p => p.BillingAddress).HasMaxLength(1000);
        builder.Property(p => p.Gateway).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.CardBrand).HasMaxLength(32);
        builder.Property(p => p.CardLastFour).HasMaxLength(4);
        builder.Property(p => p.FailureCode).HasMaxLength(64);
        builder.Property(p => p.FailureMessage).HasMaxLength(500);
        builder.Property(p => p.GatewayReference).HasMaxLength(255);
        builder.Ignore(x => x.Lines);
        PaymentLinesColumn.Map(builder.Property<PaymentLine[]>("_lines").HasColumnName("lines"));

        // The caller's key makes a second request find the first attempt instead of charging again.
        builder.HasIndex(p => new { p.BusinessId, p.Mode, p.IdempotencyKey }).IsUnique();

        // The history page: a customer's payments, newest first (walked backwards, then OFFSET to the page).
        builder.HasIndex(p => new { p.CustomerId, p.Mode, p.CreatedAt });
        builder.HasIndex(p => new { p.BusinessId, p.Mode, p.CreatedAt });
        builder.HasIndex(p => p.UpdatedAt).HasFilter("status = 'Processing'").HasDatabaseName("ix_payments_processing");
    }
}
