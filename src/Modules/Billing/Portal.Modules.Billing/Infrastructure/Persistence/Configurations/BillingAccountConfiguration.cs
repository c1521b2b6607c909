using Portal.Modules.Billing.Domain.BillingAccounts;

namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class BillingAccountConfiguration : IEntityTypeConfiguration<BillingAccount>
{
    public void Configure(EntityTypeBuilder<BillingAccount> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.CustomerId).IsUnique();
        builder.HasIndex(a => new { a.BusinessId, a.Mode });
    }
}
