using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Modules.Licensing.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class LicensingDbContextFactory : IDesignTimeDbContextFactory<LicensingDbContext>
{
    public LicensingDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<LicensingDbContext>(LicensingDbContext.SchemaName));
}
