using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.Infrastructure.Persistence;

namespace Portal.Host.Persistence;

internal sealed class HostDbContextFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<HostDbContext>(HostDbContext.SchemaName));
}
