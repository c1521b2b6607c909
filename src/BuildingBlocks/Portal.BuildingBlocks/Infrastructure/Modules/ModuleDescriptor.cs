namespace Portal.BuildingBlocks.Infrastructure.Modules;

/// <summary>What the shared plumbing knows of a module: its name, DbContext and assemblies.</summary>
public sealed record ModuleDescriptor(string Name, string Schema, Type DbContextType, IReadOnlyList<Assembly> Assemblies);
