using Portal.Tests.Architecture.Canaries.Layers.Application;
using Portal.Tests.Architecture.Canaries.Layers.Domain;
using Portal.Tests.Architecture.Canaries.Layers.Endpoints;
using Xunit;
using static Portal.Tests.Architecture.ArchitectureRules;

namespace Portal.Tests.Architecture;

/// <summary>STYLE.md §6 rule 4: Domain, Application and Endpoints inside each module.</summary>
public sealed class LayerTests
{
    private const string CanaryModule = CanaryTypes.Root + ".Layers";
    private static readonly PortalSystem System = PortalSystem.Current;

    [Fact]
    public void Domain_depends_only_on_building_blocks_domain_types_and_the_bcl()
    {
        AssertLayerExists("Domain");
        var violations = System.Modules.SelectMany(m => ViolationsOfDomainPurity(m.ImplementationTypes, m.RootNamespace)).ToList();

        Verdict.None(violations, "Domain depends on nothing but the BCL and BuildingBlocks' domain types");
    }

    [Fact]
    public void Canary_domain_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfDomainPurity(CanaryTypes.In("Layers"), CanaryModule);

        Verdict.Reports(
            violations,
            typeof(InvoiceThatQueriesWithEntityFramework),
            typeof(InvoiceThatSendsThroughMediatR),
            typeof(InvoiceThatKnowsItsUseCase),
            typeof(InvoiceThatLogs));
        Verdict.Spares(violations, typeof(CleanInvoice));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_or_endpoints()
    {
        AssertLayerExists("Application");
        var violations = System.Modules.SelectMany(m => ViolationsOfApplicationLayering(m.ImplementationTypes, m.RootNamespace)).ToList();

        Verdict.None(violations, "Application does not depend on Infrastructure or Endpoints");
    }

    [Fact]
    public void Canary_application_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfApplicationLayering(CanaryTypes.In("Layers"), CanaryModule);

        Verdict.Reports(violations, typeof(ServiceThatUsesTheInfrastructureDbContext), typeof(ServiceThatKnowsTheEndpoints));
        Verdict.Spares(violations, typeof(RecordInvoiceService));
    }

    [Fact]
    public void Endpoints_do_not_touch_db_contexts()
    {
        AssertLayerExists("Endpoints");
        var violations = System.Modules.SelectMany(m => ViolationsOfEndpointPersistence(m.ImplementationTypes, m.RootNamespace)).ToList();

        Verdict.None(violations, "Endpoints do not touch DbContexts");
    }

    [Fact]
    public void Canary_endpoints_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfEndpointPersistence(CanaryTypes.In("Layers"), CanaryModule);

        Verdict.Reports(
            violations,
            typeof(EndpointThatReadsTheModuleDbContext),
            typeof(EndpointThatTakesAnyDbContext),
            typeof(EndpointThatUsesTheDbContextInterface));
        Verdict.Spares(violations, typeof(CleanEndpoint));
    }

    /// <summary>A layer rule that selects nothing passes whatever the code does: the layer must exist somewhere.</summary>
    private static void AssertLayerExists(string layer) =>
        Assert.True(
            System.Modules.Any(m => InLayer(m.ImplementationTypes, m.RootNamespace, layer).Any()),
            $"No module has a {layer} namespace: the rule would check nothing.");
}
