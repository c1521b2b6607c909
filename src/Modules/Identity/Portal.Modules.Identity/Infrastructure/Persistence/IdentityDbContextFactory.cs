using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.Infrastructure.Persistence;

namespace Portal.Modules.Identity.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<IdentityDbContext>(IdentityDbContext.SchemaName));
}
