namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion<PrefixedIdConverter<PaymentMethodId>>().HasMaxLength(64);
        builder.Property(m => m.Gateway).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.GatewayReference).HasMaxLength(255);
        builder.ComplexProperty(m => m.Card, card =>
        {
            card.Property(c => c.Brand).HasMaxLength(32);
            card.Property(c => c.LastFour).HasMaxLength(4);
        });
        builder.HasIndex(m => new { m.CustomerId, m.Mode });

        // One default per customer among the methods still saved; the database enforces it under concurrency.
        builder.HasIndex(m => new { m.CustomerId, m.Mode }, "one_default").HasDatabaseName("ix_payment_methods_one_default").IsUnique().HasFilter("is_default AND removed_at IS NULL");
    }
}
