using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Modules.Billing.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class BillingDbContextFactory : IDesignTimeDbContextFactory<BillingDbContext>
{
    public BillingDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<BillingDbContext>(BillingDbContext.SchemaName));
}
