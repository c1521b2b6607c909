using Portal.Tests.Architecture.Canaries.BuildingBlocks;
using Portal.Tests.Architecture.Canaries.Contracts;
using Portal.Tests.Architecture.Canaries.ModuleIsolation;
using Xunit;
using static Portal.Tests.Architecture.ArchitectureRules;

namespace Portal.Tests.Architecture;

/// <summary>STYLE.md §6 rules 1–3: what a module, a contracts assembly and the building blocks may depend on.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly PortalSystem System = PortalSystem.Current;

    [Fact]
    public void The_rules_see_every_module_and_the_building_blocks()
    {
        // A rule over an empty set passes whatever the code does; make sure the assemblies are there.
        Assert.NotEmpty(System.Modules);
        Assert.All(System.Modules, m => Assert.NotEmpty(m.Implementation));
        Assert.All(System.Modules, m => Assert.NotEmpty(m.ImplementationTypes));
        Assert.Contains(System.Modules, m => m.Contracts.Count > 0);
        Assert.NotEmpty(PortalSystem.TypesOf(System.BuildingBlocks));
    }

    // Rule 1

    [Fact]
    public void Modules_depend_only_on_building_blocks_and_other_modules_contracts()
    {
        var violations = System.Modules
            .SelectMany(m => ViolationsOfModuleIsolation(m.ImplementationTypes, m.Name, System))
            .ToList();

        Verdict.None(violations, "A module depends only on itself, Portal.BuildingBlocks* and other modules' *.Contracts");
    }

    [Fact]
    public void Canary_module_dependency_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfModuleIsolation(CanaryTypes.In("ModuleIsolation"), "Billing", System);

        Verdict.Reports(violations, typeof(HoldsIdentitysCustomer), typeof(RegistersIdentityItself), typeof(PeeksAtIdentityInsideAnAsyncMethod));
        Verdict.Spares(violations, typeof(ListensToIdentitysContracts));
    }

    // Rule 2

    [Fact]
    public void Contracts_depend_only_on_building_blocks_contracts_and_the_bcl()
    {
        var violations = System.ContractsAssemblies
            .SelectMany(a => ViolationsOfContractsPurity(PortalSystem.TypesOf(a), System))
            .ToList();

        Verdict.None(violations, "*.Contracts depend only on Portal.BuildingBlocks.Contracts, the BCL and MediatR's request interfaces");
    }

    [Fact]
    public void Canary_contracts_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfContractsPurity(CanaryTypes.In("Contracts"), System);

        Verdict.Reports(
            violations,
            typeof(ContractLeakingEntityFramework),
            typeof(ContractLeakingASharedDomainType),
            typeof(ContractLeakingAspNetCore),
            typeof(ContractLeakingHangfire),
            typeof(ContractLeakingAModuleImplementation));
        Verdict.Spares(violations, typeof(CleanContractCommand), typeof(CleanContractIntegrationEvent));
    }

    // Rule 3

    [Fact]
    public void Building_blocks_depend_on_no_module()
    {
        var violations = ViolationsOfBuildingBlocksIndependence(
            PortalSystem.TypesOf(System.BuildingBlocks).Concat(PortalSystem.TypesOf(System.BuildingBlocksContracts)));

        Verdict.None(violations, "The building blocks depend on no module");
    }

    [Fact]
    public void Canary_building_blocks_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfBuildingBlocksIndependence(CanaryTypes.In("BuildingBlocks"));

        Verdict.Reports(violations, typeof(BuildingBlockThatKnowsAModule));
        Verdict.Spares(violations, typeof(BuildingBlockThatKnowsOnlyBuildingBlocks));
    }

    [Fact]
    public void Only_the_host_references_module_assemblies()
    {
        var violations = ViolationsOfModuleAssemblyReferences(System.Assemblies);

        Verdict.None(violations, "Only Portal.Host references module assemblies");
    }

    [Fact]
    public void Canary_module_reference_rule_fails_on_a_violation()
    {
        // This test assembly is not the host, and its canaries use Portal.Modules.Identity.
        var testAssembly = typeof(ModuleBoundaryTests).Assembly;

        var violations = ViolationsOfModuleAssemblyReferences([testAssembly]);

        Assert.Contains(violations, v => v.StartsWith("Portal.Tests.Architecture references the module assembly Portal.Modules.Identity", StringComparison.Ordinal));
    }
}
