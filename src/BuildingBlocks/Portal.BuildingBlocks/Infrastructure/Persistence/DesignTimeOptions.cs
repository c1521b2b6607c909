using Portal.BuildingBlocks.Infrastructure;

namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Options for `dotnet ef migrations add`: the same model as at run time, no live database needed.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TDbContext> For<TDbContext>(string schema)
        where TDbContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TDbContext>();
        PortalServiceCollectionExtensions.UsePortalPostgres(builder, new NpgsqlDataSourceBuilder("Host=localhost").Build(), schema);
        return builder.Options;
    }
}
