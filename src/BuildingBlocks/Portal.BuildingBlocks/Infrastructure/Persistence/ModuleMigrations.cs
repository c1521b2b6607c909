namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Applies every module's migrations, each in its own schema and history table.</summary>
public static class ModuleMigrations
{
    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
