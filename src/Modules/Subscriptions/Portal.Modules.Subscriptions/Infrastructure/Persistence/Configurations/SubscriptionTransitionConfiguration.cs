using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionTransitionConfiguration : IEntityTypeConfiguration<SubscriptionTransition>
{
    public void Configure(EntityTypeBuilder<SubscriptionTransition> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        builder.Property<SubscriptionId>("SubscriptionId").HasConversion<PrefixedIdConverter<SubscriptionId>>().HasMaxLength(64);
        builder.Property(t => t.Change).HasConversion<WireNameConverter<SubscriptionChange>>().HasMaxLength(32);
        builder.Property(t => t.FromStatus).HasConversion<WireNameConverter<SubscriptionStatus>>().HasMaxLength(16);
        builder.Property(t => t.ToStatus).HasConversion<WireNameConverter<SubscriptionStatus>>().HasMaxLength(16);
        builder.Property(t => t.Actor).HasConversion<WireNameConverter<SubscriptionActor>>().HasMaxLength(16);
        builder.Property(t => t.Reason).HasMaxLength(64);
        builder.Property(t => t.PaymentId).HasMaxLength(64);
        builder.Property(t => t.FromProductId).HasConversion<PrefixedIdConverter<ProductId>>().HasMaxLength(64);
        builder.Property(t => t.ToProductId).HasConversion<PrefixedIdConverter<ProductId>>().HasMaxLength(64);
        builder.HasIndex("SubscriptionId", nameof(SubscriptionTransition.At));
    }
}
