using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Tests.Architecture.Canaries.Handlers;
using Portal.Tests.Architecture.Canaries.Messages;
using Portal.Tests.Architecture.Canaries.Schemas;
using Portal.Tests.Architecture.Canaries.Visibility;
using Portal.Tests.Architecture.Canaries.Visibility.Domain;
using Xunit;
using static Portal.Tests.Architecture.ArchitectureRules;

namespace Portal.Tests.Architecture;

/// <summary>STYLE.md §6 rules 5–8: visibility, handler wrappers, message shapes, schemas.</summary>
public sealed class TypeRuleTests
{
    private static readonly PortalSystem System = PortalSystem.Current;

    // Rule 5

    [Fact]
    public void Handlers_validators_db_contexts_and_domain_types_are_not_public()
    {
        // The building blocks are left out: their domain types (AggregateRoot, Money) and the
        // ModuleDbContext base are public by design, for the modules to use.
        var types = System.Assemblies
            .Where(a => !PortalSystem.IsBuildingBlocks(PortalSystem.NameOf(a)))
            .SelectMany(PortalSystem.TypesOf)
            .ToList();
        Assert.Contains(types, IsHandler);

        Verdict.None(ViolationsOfVisibility(types), "Handlers, validators, DbContexts and domain types are not public");
    }

    [Fact]
    public void Canary_visibility_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfVisibility(CanaryTypes.In("Visibility"));

        Verdict.Reports(
            violations,
            typeof(PublicProbeCommandHandler),
            typeof(PublicProbeCommandValidator),
            typeof(PublicProbeDbContext),
            typeof(PublicProbeAggregate));
        Verdict.Spares(
            violations,
            typeof(InternalProbeCommandHandler),
            typeof(InternalProbeOuter.NestedProbeCommandValidator),
            typeof(InternalProbeAggregate),
            typeof(VisibilityProbeCommand));
    }

    // Rule 6

    [Fact]
    public void Handlers_implement_the_project_wrappers_not_raw_mediatr_interfaces()
    {
        Verdict.None(
            ViolationsOfHandlerWrapping(System.AllTypes),
            "Handlers implement ICommandHandler<,>/IQueryHandler<,>, never MediatR's IRequestHandler<,> directly");
    }

    [Fact]
    public void Canary_handler_wrapper_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfHandlerWrapping(CanaryTypes.In("Handlers"));

        Verdict.Reports(violations, typeof(RawRequestHandler), typeof(RawNotificationHandler));
        Verdict.Spares(violations, typeof(WrappedCommandHandler), typeof(WrappedQueryHandler));
    }

    // Rule 7

    [Fact]
    public void Commands_queries_and_events_are_immutable_sealed_records_with_the_naming_suffixes()
    {
        var types = System.AllTypes.ToList();
        Assert.Contains(types, t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)));

        Verdict.None(ViolationsOfMessageShapes(types), "Commands, queries and events are immutable sealed records named by their kind");
    }

    [Fact]
    public void Canary_message_shape_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfMessageShapes(CanaryTypes.In("Messages"));

        Verdict.Reports(
            violations,
            typeof(UnsealedCommand),
            typeof(ClassCommand),
            typeof(MutableCommand),
            typeof(CreateThing),
            typeof(FetchThing),
            typeof(ThingArrived),
            typeof(UnsealedThingIntegrationEvent),
            typeof(ThingHappened),
            typeof(MutableThingDomainEvent),
            typeof(ProcessThing),
            typeof(ThingRules));
        Verdict.Spares(
            violations,
            typeof(GoodCommand),
            typeof(InitOnlyCommand),
            typeof(GoodQuery),
            typeof(GoodIntegrationEvent),
            typeof(GoodDomainEvent),
            typeof(GoodCommandHandler),
            typeof(GoodCommandValidator));
    }

    // Rule 8

    [Fact]
    public void Each_module_db_context_has_its_own_schema()
    {
        var withoutDbContext = System.Modules
            .Where(m => !m.ImplementationTypes.Any(t => IsConcreteDbContext(t) && typeof(ModuleDbContext).IsAssignableFrom(t)))
            .Select(m => $"Module {m.Name} has no ModuleDbContext of its own");

        Verdict.None(
            [.. withoutDbContext, .. ViolationsOfSchemaOwnership(System.AllTypes)],
            "Each module's DbContext has its own schema");
    }

    [Fact]
    public void Canary_schema_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfSchemaOwnership(CanaryTypes.In("Schemas"));

        Verdict.Reports(
            violations,
            typeof(LedgerCanaryDbContext),
            typeof(AuditCanaryDbContext),
            typeof(SchemalessCanaryDbContext),
            typeof(StrayCanaryDbContext));
        Verdict.Spares(violations, typeof(OwnSchemaCanaryDbContext));
    }
}
