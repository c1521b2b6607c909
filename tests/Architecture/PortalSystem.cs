using System.Reflection;

namespace Portal.Tests.Architecture;

/// <summary>
/// The Portal assemblies of the running system, found in this project's output (the host's project
/// reference copies every one of them there) and never from a hand-written list, so a module added
/// tomorrow is checked by every rule without touching these tests.
/// </summary>
internal sealed class PortalSystem
{
    public const string HostName = "Portal.Host";
    public const string BuildingBlocksName = "Portal.BuildingBlocks";
    public const string BuildingBlocksContractsName = "Portal.BuildingBlocks.Contracts";
    private const string ModulePrefix = "Portal.Modules.";
    private const string ContractsSuffix = ".Contracts";

    private static readonly Lazy<PortalSystem> Instance = new(Load);

    private PortalSystem(IReadOnlyList<Assembly> assemblies)
    {
        Assemblies = assemblies;
        BuildingBlocks = Single(BuildingBlocksName);
        BuildingBlocksContracts = Single(BuildingBlocksContractsName);
        Host = Single(HostName);
        Modules = assemblies
            .Where(a => ModuleOf(NameOf(a)) is not null)
            .GroupBy(a => ModuleOf(NameOf(a))!, StringComparer.Ordinal)
            .Select(g => new PortalModule(
                g.Key,
                g.Where(a => IsModuleImplementation(NameOf(a))).ToList(),
                g.Where(a => IsContracts(NameOf(a))).ToList()))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static PortalSystem Current => Instance.Value;

    public IReadOnlyList<Assembly> Assemblies { get; }

    public Assembly BuildingBlocks { get; }

    public Assembly BuildingBlocksContracts { get; }

    public Assembly Host { get; }

    public IReadOnlyList<PortalModule> Modules { get; }

    public IEnumerable<Assembly> ContractsAssemblies => Assemblies.Where(a => IsContracts(NameOf(a)));

    public IEnumerable<Assembly> ModuleImplementationAssemblies => Assemblies.Where(a => IsModuleImplementation(NameOf(a)));

    /// <summary>Every Portal type of every Portal assembly (compiler-generated nested types included).</summary>
    public IEnumerable<Type> AllTypes => Assemblies.SelectMany(TypesOf);

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    /// <summary><c>Portal.Modules.X</c> (or any <c>Portal.Modules.X.*</c> that is not a contracts assembly).</summary>
    public static bool IsModuleImplementation(string assemblyName) =>
        assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal) && !IsContracts(assemblyName);

    public static bool IsContracts(string assemblyName) =>
        assemblyName.StartsWith("Portal.", StringComparison.Ordinal) && assemblyName.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsBuildingBlocks(string assemblyName) =>
        assemblyName == BuildingBlocksName || assemblyName.StartsWith(BuildingBlocksName + ".", StringComparison.Ordinal);

    /// <summary>The module an assembly belongs to (<c>Portal.Modules.Billing.Contracts</c> → Billing), or null.</summary>
    public static string? ModuleOf(string assemblyName) =>
        assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal)
            ? assemblyName[ModulePrefix.Length..].Split('.')[0]
            : null;

    /// <summary>
    /// The types an assembly declares in a Portal namespace, nested ones included; leaves out what the
    /// compiler embeds in every assembly (nullable attributes, regex helpers, private implementation details).
    /// </summary>
    public static IReadOnlyList<Type> TypesOf(Assembly assembly) =>
        assembly.GetTypes().Where(t => InNamespace(t, "Portal")).ToList();

    /// <summary>True when the type's namespace is <paramref name="ns"/> or one below it.</summary>
    public static bool InNamespace(Type type, string ns) =>
        type.Namespace is { } actual
        && (actual == ns || actual.StartsWith(ns + ".", StringComparison.Ordinal));

    private static PortalSystem Load()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Portal.*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Portal.Tests.", StringComparison.Ordinal))
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .OrderBy(NameOf, StringComparer.Ordinal)
            .ToList();
        return new PortalSystem(assemblies);
    }

    private Assembly Single(string name) =>
        Assemblies.SingleOrDefault(a => NameOf(a) == name)
        ?? throw new InvalidOperationException($"{name}.dll is not in {AppContext.BaseDirectory}.");
}

/// <summary>A module: its implementation assembly (<c>Portal.Modules.X</c>) and its contracts.</summary>
internal sealed record PortalModule(string Name, IReadOnlyList<Assembly> Implementation, IReadOnlyList<Assembly> Contracts)
{
    /// <summary>The root namespace of the module's implementation: <c>Portal.Modules.X</c>.</summary>
    public string RootNamespace => "Portal.Modules." + Name;

    public IEnumerable<Type> ImplementationTypes => Implementation.SelectMany(PortalSystem.TypesOf);
}
