using Portal.BuildingBlocks.Application.Behaviors;

namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Finds the DbContext of the module whose assembly (or contracts assembly) declares the command.</summary>
internal sealed class ModuleUnitOfWork(IServiceProvider services, ModuleCatalog modules) : IUnitOfWork
{
    public async Task SaveChangesAsync(Type requestType, CancellationToken cancellationToken)
    {
        var module = modules.Owning(requestType.Assembly)
            ?? throw new InvalidOperationException($"No module declares {requestType.Name}.");
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
        await db.SaveChangesAsync(cancellationToken);
    }
}
