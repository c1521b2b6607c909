using Portal.Tests.Architecture.Canaries.PublicSurface;
using Xunit;
using static Portal.Tests.Architecture.ArchitectureRules;

namespace Portal.Tests.Architecture;

/// <summary>
/// Issue 17: each module's public surface is its *.Contracts. The implementation shows only its installer,
/// and the host uses nothing else of it.
/// </summary>
public sealed class PublicSurfaceTests
{
    private const string CanaryModuleRoot = CanaryTypes.Root + ".PublicSurface";
    private static readonly PortalSystem System = PortalSystem.Current;

    [Fact]
    public void A_module_implementation_makes_only_its_installer_public()
    {
        Assert.All(System.Modules, m => Assert.Contains(m.ImplementationTypes, t => t.IsVisible));
        var violations = System.Modules
            .SelectMany(m => ViolationsOfImplementationSurface(m.ImplementationTypes, m.Name, m.RootNamespace))
            .ToList();

        Verdict.None(violations, "A module's implementation makes only its installer public");
    }

    [Fact]
    public void Canary_implementation_surface_rule_fails_on_a_violation()
    {
        var probe = CanaryTypes.In("PublicSurface").Where(t => !t.Name.StartsWith("HostPage", StringComparison.Ordinal));

        var violations = ViolationsOfImplementationSurface(probe, "Probe", CanaryModuleRoot);

        Verdict.Reports(violations, typeof(PublicProbeQuery), typeof(ProbeHelpers));
        Verdict.Spares(violations, typeof(ProbeModule), typeof(InternalProbeQuery), typeof(ProbeMigration));
    }

    [Fact]
    public void The_host_uses_only_modules_contracts_and_installers()
    {
        var violations = ViolationsOfHostSurface(PortalSystem.TypesOf(System.Host), System);

        Verdict.None(violations, "The host depends only on the modules' *.Contracts and installers");
    }

    [Fact]
    public void Canary_host_surface_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfHostSurface([typeof(HostPageSendingAnInternalCommand), typeof(HostPageSendingAContractCommand)], System);

        Verdict.Reports(violations, typeof(HostPageSendingAnInternalCommand));
        Verdict.Spares(violations, typeof(HostPageSendingAContractCommand));
    }
}
