namespace Portal.BuildingBlocks.Infrastructure.Modules;

/// <summary>The modules the host composed; lets the unit of work and the relay find a module's DbContext.</summary>
public sealed class ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
{
    public IReadOnlyList<ModuleDescriptor> Modules { get; } = modules.ToList();

    public ModuleDescriptor? Owning(Assembly assembly) =>
        Modules.FirstOrDefault(m => m.Assemblies.Contains(assembly));
}
