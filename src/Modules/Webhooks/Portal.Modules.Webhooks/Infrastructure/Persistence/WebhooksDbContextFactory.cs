using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Modules.Webhooks.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class WebhooksDbContextFactory : IDesignTimeDbContextFactory<WebhooksDbContext>
{
    public WebhooksDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<WebhooksDbContext>(WebhooksDbContext.SchemaName));
}
