namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Configurations;

internal sealed class PlanChangePolicyConfiguration : IEntityTypeConfiguration<PlanChangePolicy>
{
    public void Configure(EntityTypeBuilder<PlanChangePolicy> builder)
    {
        builder.ToTable("plan_change_policies");
        builder.HasKey(p => p.BusinessId);
        builder.Property(p => p.UpgradeMode).HasConversion<WireNameConverter<ProrationMode>>().HasMaxLength(32);
        builder.Property(p => p.DowngradeMode).HasConversion<WireNameConverter<ProrationMode>>().HasMaxLength(32);
    }
}
