using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    /// <summary>The renewals' work list: the partial index's predicate, which the due query repeats word for word.</summary>
    public static readonly string Active = $"status = '{Wire.Name(SubscriptionStatus.Active)}'";

    /// <summary>The dues' work list, likewise.</summary>
    public static readonly string OnHold = $"status = '{Wire.Name(SubscriptionStatus.OnHold)}'";

    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion<PrefixedIdConverter<SubscriptionId>>().HasMaxLength(64);
        builder.Property(s => s.ProductId).HasConversion<PrefixedIdConverter<ProductId>>().HasMaxLength(64);
        builder.Property(s => s.Status).HasConversion<WireNameConverter<SubscriptionStatus>>().HasMaxLength(16);
        builder.Property(s => s.PaymentMethodId).HasMaxLength(64);
        builder.Property(s => s.LatestPaymentId).HasMaxLength(64);
        builder.Property(s => s.CancellationReason).HasMaxLength(64);
        builder.Property(s => s.CancellationFeedback).HasMaxLength(64);
        builder.Property(s => s.CancellationComment).HasMaxLength(1000);
        builder.ComplexProperty(s => s.Interval, interval =>
        {
            interval.Property(i => i.Unit).HasColumnName("interval_unit").HasConversion<WireNameConverter<IntervalUnit>>().HasMaxLength(8);
            interval.Property(i => i.Count).HasColumnName("interval_count");
        });
        builder.ComplexProperty(s => s.Billing, billing =>
        {
            billing.Property(b => b.Country).HasColumnName("billing_country").HasMaxLength(2);
            billing.Property(b => b.State).HasColumnName("billing_state").HasMaxLength(BillingAddress.MaxLineLength);
            billing.Property(b => b.City).HasColumnName("billing_city").HasMaxLength(BillingAddress.MaxLineLength);
            billing.Property(b => b.Street).HasColumnName("billing_street").HasMaxLength(BillingAddress.MaxLineLength);
            billing.Property(b => b.Zipcode).HasColumnName("billing_zipcode").HasMaxLength(BillingAddress.MaxZipcodeLength);
        });
        builder.ComplexProperty(s => s.PendingPlanChange, pending =>
        {
            pending.Property(p => p.ProductId).HasColumnName("pending_plan_product_id").HasConversion<PrefixedIdConverter<ProductId>>().HasMaxLength(64);
            pending.Property(p => p.Quantity).HasColumnName("pending_plan_quantity");
            pending.Property(p => p.PaymentId).HasColumnName("pending_plan_payment_id").HasMaxLength(64);
            pending.Property(p => p.PaymentKey).HasColumnName("pending_plan_payment_key").HasMaxLength(200);
            pending.Property(p => p.Mode).HasColumnName("pending_plan_proration_mode").HasConversion<WireNameConverter<ProrationMode>>().HasMaxLength(32);
            pending.Property(p => p.Charge).HasColumnName("pending_plan_charge");
            pending.Property(p => p.ChargeTax).HasColumnName("pending_plan_charge_tax");
            pending.Property(p => p.Credit).HasColumnName("pending_plan_credit");
            pending.Property(p => p.RestartsPeriod).HasColumnName("pending_plan_restarts_period");
            pending.Property(p => p.RemainingSeconds).HasColumnName("pending_plan_remaining_seconds");
            pending.Property(p => p.PeriodSeconds).HasColumnName("pending_plan_period_seconds");
        });
        builder.Ignore(s => s.Transitions);
        builder.HasMany<SubscriptionTransition>("_transitions").WithOne().HasForeignKey("SubscriptionId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The portal's and the API's lists: a customer's subscriptions, and a business's, newest first.
        builder.HasIndex(s => new { s.CustomerId, s.Mode, s.CreatedAt });
        builder.HasIndex(s => new { s.BusinessId, s.Mode, s.CreatedAt });

        // The jobs' work lists stay small however many subscriptions there are.
        builder.HasIndex(s => new { s.CurrentPeriodEnd, s.Id }).HasFilter(Active).HasDatabaseName("ix_subscriptions_renewals_due");
        builder.HasIndex(s => new { s.NextDuesAttemptAt, s.Id }).HasFilter(OnHold + " AND next_dues_attempt_at IS NOT NULL").HasDatabaseName("ix_subscriptions_dues_due");
    }
}
