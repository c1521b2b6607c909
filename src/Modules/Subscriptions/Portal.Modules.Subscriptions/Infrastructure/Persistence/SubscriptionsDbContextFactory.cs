using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class SubscriptionsDbContextFactory : IDesignTimeDbContextFactory<SubscriptionsDbContext>
{
    public SubscriptionsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SubscriptionsDbContext>(SubscriptionsDbContext.SchemaName));
}
