using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Infrastructure.Persistence;

namespace Portal.Tests.Architecture;

/// <summary>
/// The rules of STYLE.md §6, one function each. Every function takes the types (or assemblies) to judge
/// and returns one line per offence, starting with the offending type's (or assembly's) full name, so
/// the same function runs over the real assemblies (expect none) and over the canaries (expect some).
/// </summary>
internal static class ArchitectureRules
{
    private static readonly string[] MediatRRequestInterfaces =
        ["MediatR.IRequest`1", "MediatR.IRequest", "MediatR.IBaseRequest", "MediatR.Unit"];

    private static readonly Type[] HandlerInterfaces =
        [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IDomainEventHandler<>), typeof(IIntegrationEventHandler<>)];

    // ── 1. A module depends only on itself, Portal.BuildingBlocks* and other modules' *.Contracts ──────────

    public static IReadOnlyList<string> ViolationsOfModuleIsolation(IEnumerable<Type> moduleTypes, string module, PortalSystem system)
    {
        var allowed = system.Assemblies
            .Where(a =>
            {
                var name = PortalSystem.NameOf(a);
                return PortalSystem.ModuleOf(name) == module || PortalSystem.IsBuildingBlocks(name) || PortalSystem.IsContracts(name);
            })
            .ToList();
        var forbidden = system.Assemblies.Except(allowed).ToList();
        return Dependencies.OnAny(
            moduleTypes,
            Dependencies.NamesOf(forbidden, allowed),
            $"(module {module}) depends on another module's implementation or on the host");
    }

    // ── 2. *.Contracts depend only on Portal.BuildingBlocks.Contracts, the BCL and MediatR's request interfaces ──
    // PrefixedId and Wire are judged by the forbidden list only: NetArchTest misreads their generic methods
    // (type parameters passed by reference, calls through static abstract members) as unknown dependencies.

    public static IReadOnlyList<string> ViolationsOfContractsPurity(IEnumerable<Type> contractTypes, PortalSystem system)
    {
        var types = contractTypes.ToList();
        string[] allowed =
        [
            "System",
            .. MediatRRequestInterfaces,
            PortalSystem.BuildingBlocksContractsName,
            .. types.Select(t => t.Namespace!).Distinct(StringComparer.Ordinal),
        ];
        var implementations = system.Assemblies.Where(a => !PortalSystem.IsContracts(PortalSystem.NameOf(a)));
        string[] forbidden =
        [
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
            "Hangfire",
            .. Dependencies.NamesOf(implementations, system.ContractsAssemblies),
        ];
        return
        [
            .. Dependencies.OnAny(types, forbidden, "(contracts) depends on"),
            .. Dependencies.OnAnythingBut(
                types.Where(t => t != typeof(PrefixedId) && t != typeof(Wire) && t.DeclaringType != typeof(Wire)),
                allowed,
                "(contracts) depends on something other than the BCL, MediatR's request interfaces and Portal.BuildingBlocks.Contracts"),
        ];
    }

    // ── 3. BuildingBlocks depend on no module; only the host references module assemblies ────────────────

    public static IReadOnlyList<string> ViolationsOfBuildingBlocksIndependence(IEnumerable<Type> buildingBlockTypes) =>
        Dependencies.OnAny(buildingBlockTypes, ["Portal.Modules", PortalSystem.HostName], "(building blocks) depends on");

    public static IReadOnlyList<string> ViolationsOfModuleAssemblyReferences(IEnumerable<Assembly> assemblies)
    {
        var violations = new List<string>();
        foreach (var assembly in assemblies)
        {
            var name = PortalSystem.NameOf(assembly);
            if (name == PortalSystem.HostName)
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Select(r => r.Name!).Order(StringComparer.Ordinal))
            {
                var ownImplementation = PortalSystem.IsModuleImplementation(name)
                    && PortalSystem.ModuleOf(name) == PortalSystem.ModuleOf(reference);
                if (reference == PortalSystem.HostName)
                {
                    violations.Add($"{name} references {reference}: nothing references the host");
                }
                else if (PortalSystem.IsModuleImplementation(reference) && !ownImplementation)
                {
                    violations.Add($"{name} references the module assembly {reference}: only {PortalSystem.HostName} may");
                }
                else if (PortalSystem.IsBuildingBlocks(name) && PortalSystem.ModuleOf(reference) is not null)
                {
                    violations.Add($"{name} references {reference}: the building blocks depend on no module");
                }
            }
        }

        return violations;
    }

    // ── 3b. A module's public surface is its *.Contracts: the implementation shows only its installer ──────

    /// <summary>
    /// The visible types of a module's implementation other than its installer (the static class
    /// <c>{Module}Module</c> in the module's root namespace) and EF Core's generated migrations.
    /// </summary>
    public static IReadOnlyList<string> ViolationsOfImplementationSurface(IEnumerable<Type> implementationTypes, string module, string rootNamespace) =>
        implementationTypes
            .Where(t => t.IsVisible && !IsInstaller(t, module, rootNamespace) && !IsGeneratedMigration(t))
            .Select(t => $"{t.FullName} is public in a module implementation; move it to the module's *.Contracts or make it internal")
            .ToList();

    /// <summary>
    /// What the host may use of a module: its *.Contracts and its installer, nothing else of the
    /// implementation (the compiler already refuses internal types; this names the rule and its canary).
    /// </summary>
    public static IReadOnlyList<string> ViolationsOfHostSurface(IEnumerable<Type> hostTypes, PortalSystem system)
    {
        var installers = system.Modules
            .SelectMany(m => m.ImplementationTypes.Where(t => IsInstaller(t, m.Name, m.RootNamespace)))
            .Select(Dependencies.CecilName)
            .ToHashSet(StringComparer.Ordinal);
        var forbidden = Dependencies.NamesOf(system.ModuleImplementationAssemblies, system.ContractsAssemblies)
            .Where(n => !installers.Contains(n))
            .ToList();
        return Dependencies.OnAny(hostTypes, forbidden, "(host) depends on a module's implementation, not its *.Contracts or installer");
    }

    private static bool IsInstaller(Type type, string module, string rootNamespace) =>
        type is { IsAbstract: true, IsSealed: true } && type.Namespace == rootNamespace && type.Name == module + "Module";

    private static bool IsGeneratedMigration(Type type) =>
        typeof(Migration).IsAssignableFrom(type) || typeof(ModelSnapshot).IsAssignableFrom(type);

    // ── 4. Layers inside a module ─────────────────────────────────────────────────────────────────────

    public static IEnumerable<Type> InLayer(IEnumerable<Type> moduleTypes, string rootNamespace, string layer) =>
        moduleTypes.Where(t => PortalSystem.InNamespace(t, $"{rootNamespace}.{layer}"));

    /// <summary>
    /// Domain depends on the BCL, Portal.BuildingBlocks.Domain, its own module's Domain, the shared kernel of
    /// Portal.BuildingBlocks.Contracts (the typed ids, <see cref="Mode"/>) and its own module's vocabulary in
    /// its *.Contracts (never a command, query or integration event there); nothing else.
    /// </summary>
    public static IReadOnlyList<string> ViolationsOfDomainPurity(IEnumerable<Type> moduleTypes, string rootNamespace)
    {
        var domain = InLayer(moduleTypes, rootNamespace, "Domain").ToList();
        var sharedKernel = PortalSystem.TypesOf(typeof(Mode).Assembly)
            .Where(t => t.Namespace == PortalSystem.BuildingBlocksContractsName && !t.IsNested && !typeof(IntegrationEvent).IsAssignableFrom(t));
        var ownVocabulary = PortalSystem.Current.Assemblies
            .Where(a => PortalSystem.NameOf(a) == $"{rootNamespace}.Contracts")
            .SelectMany(PortalSystem.TypesOf)
            .Where(t => !t.IsNested && !IsMessage(t));
        string[] allowed =
        [
            "System",
            typeof(AggregateRoot).Namespace!,
            .. sharedKernel.Concat(ownVocabulary).Select(Dependencies.CecilName),
            $"{rootNamespace}.Domain",
        ];
        string[] forbidden =
        [
            "Microsoft.EntityFrameworkCore",
            "MediatR",
            "Hangfire",
            "Microsoft.AspNetCore",
            $"{rootNamespace}.Application",
            $"{rootNamespace}.Infrastructure",
            $"{rootNamespace}.Endpoints",
        ];
        return
        [
            .. Dependencies.OnAny(domain, forbidden, "(domain) depends on"),
            .. Dependencies.OnAnythingBut(
                domain,
                allowed,
                "(domain) depends on something other than the BCL, Portal.BuildingBlocks.Domain, shared-kernel values and its own Domain"),
        ];
    }

    public static IReadOnlyList<string> ViolationsOfApplicationLayering(IEnumerable<Type> moduleTypes, string rootNamespace) =>
        Dependencies.OnAny(
            InLayer(moduleTypes, rootNamespace, "Application"),
            [$"{rootNamespace}.Infrastructure", $"{rootNamespace}.Endpoints"],
            "(application) depends on");

    /// <summary>
    /// Endpoints reach persistence only through commands and queries: no EF Core, no DbContext (nor the
    /// module's DbContext interfaces), nothing from the module's Infrastructure.Persistence.
    /// </summary>
    public static IReadOnlyList<string> ViolationsOfEndpointPersistence(IEnumerable<Type> moduleTypes, string rootNamespace)
    {
        var types = moduleTypes.ToList();
        var dbContexts = types
            .Concat(PortalSystem.TypesOf(typeof(ModuleDbContext).Assembly))
            .Where(t => !t.IsNested && (typeof(DbContext).IsAssignableFrom(t) || typeof(IModuleDbContext).IsAssignableFrom(t)))
            .Select(Dependencies.CecilName);
        string[] forbidden = ["Microsoft.EntityFrameworkCore", $"{rootNamespace}.Infrastructure.Persistence", .. dbContexts];
        return Dependencies.OnAny(InLayer(types, rootNamespace, "Endpoints"), forbidden, "(endpoints) depends on");
    }

    // ── 5. Handlers, validators, DbContexts and domain types are not public ──────────────────────────

    public static IReadOnlyList<string> ViolationsOfVisibility(IEnumerable<Type> types) =>
        types
            .Where(t => t.IsVisible)
            .Select(t => (Type: t, Kind: IsHandler(t) ? "handler"
                : IsValidator(t) ? "validator"
                : IsConcreteDbContext(t) ? "DbContext"
                : IsDomainType(t) ? "domain type"
                : null))
            .Where(x => x.Kind is not null)
            .Select(x => $"{x.Type.FullName} is a public {x.Kind}; make it internal")
            .ToList();

    // ── 6. Handlers implement ICommandHandler / IQueryHandler, never MediatR's interfaces directly ─────

    public static IReadOnlyList<string> ViolationsOfHandlerWrapping(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(t => t.IsClass))
        {
            var interfaces = type.GetInterfaces();
            foreach (var raw in interfaces.Where(i => IsClosed(i, typeof(IRequestHandler<,>))))
            {
                var arguments = raw.GetGenericArguments();
                var wrapped = interfaces.Any(i =>
                    (IsClosed(i, typeof(ICommandHandler<,>)) || IsClosed(i, typeof(IQueryHandler<,>)))
                    && i.GetGenericArguments().SequenceEqual(arguments));
                if (!wrapped)
                {
                    violations.Add(
                        $"{type.FullName} implements MediatR's IRequestHandler<{arguments[0].Name}, {arguments[1].Name}> "
                        + "without ICommandHandler<,> or IQueryHandler<,>");
                }
            }

            if (interfaces.Any(i => IsClosed(i, typeof(INotificationHandler<>))))
            {
                violations.Add($"{type.FullName} implements MediatR's INotificationHandler<>; use IDomainEventHandler<> or IIntegrationEventHandler<>");
            }
        }

        return violations;
    }

    // ── 7. Commands, queries and events are immutable sealed records; naming suffixes ─────────────────

    public static IReadOnlyList<string> ViolationsOfMessageShapes(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(t => !t.IsInterface))
        {
            if (Implements(type, typeof(ICommand<>)))
            {
                violations.AddRange(ShapeOfMessage(type, "a command", "Command"));
            }
            else if (Implements(type, typeof(IQuery<>)))
            {
                violations.AddRange(ShapeOfMessage(type, "a query", "Query"));
            }

            if (type != typeof(IntegrationEvent) && typeof(IntegrationEvent).IsAssignableFrom(type))
            {
                violations.AddRange(ShapeOfMessage(type, "an integration event", "IntegrationEvent"));
            }

            if (typeof(IDomainEvent).IsAssignableFrom(type))
            {
                violations.AddRange(ShapeOfMessage(type, "a domain event", "DomainEvent"));
            }

            if (IsHandler(type) && !BareName(type).EndsWith("Handler", StringComparison.Ordinal))
            {
                violations.Add($"{type.FullName} is a handler whose name does not end with Handler");
            }

            if (IsValidator(type) && !BareName(type).EndsWith("Validator", StringComparison.Ordinal))
            {
                violations.Add($"{type.FullName} is a validator whose name does not end with Validator");
            }
        }

        return violations;
    }

    // ── 8. Each module's DbContext has its own schema ────────────────────────────────────────────────

    /// <summary>
    /// Every concrete DbContext among <paramref name="types"/> declares a non-blank schema (a
    /// <see cref="ModuleDbContext"/> through <see cref="ModuleDbContext.Schema"/>, any other through a
    /// <c>SchemaName</c> const) that no other one uses. When it has a design-time factory the context is
    /// built through it, and its model's default schema and migrations history schema must be that schema.
    /// </summary>
    public static IReadOnlyList<string> ViolationsOfSchemaOwnership(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        var owners = new List<(Type Type, string Schema)>();
        foreach (var type in types.Where(IsConcreteDbContext))
        {
            try
            {
                var schema = SchemaOf(type, violations);
                if (schema is not null)
                {
                    owners.Add((type, schema));
                }
            }
            catch (Exception e)
            {
                // Whatever stops the context from being built (factory, model, options) is reported with
                // the others rather than hiding them.
                violations.Add($"{type.FullName} could not be built at design time: {(e.InnerException ?? e).Message}");
            }
        }

        foreach (var shared in owners.GroupBy(o => o.Schema, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var (type, _) in shared)
            {
                var others = shared.Where(o => o.Type != type).Select(o => o.Type.FullName);
                violations.Add($"{type.FullName} uses the schema '{shared.Key}', as does {string.Join(", ", others)}");
            }
        }

        return violations;
    }

    public static bool IsHandler(Type type) =>
        type.IsClass && HandlerInterfaces.Any(h => Implements(type, h));

    public static bool IsValidator(Type type) => type.IsClass && Implements(type, typeof(IValidator<>));

    public static bool IsConcreteDbContext(Type type) => type.IsClass && !type.IsAbstract && typeof(DbContext).IsAssignableFrom(type);

    private static bool IsDomainType(Type type) => type.Namespace?.Split('.').Contains("Domain") == true;

    private static IEnumerable<string> ShapeOfMessage(Type type, string kind, string suffix)
    {
        if (!BareName(type).EndsWith(suffix, StringComparison.Ordinal))
        {
            yield return $"{type.FullName} is {kind} whose name does not end with {suffix}";
        }

        // The compiler gives every record class a "<Clone>$" method and no other class can have one.
        if (type.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic) is null)
        {
            yield return $"{type.FullName} is {kind} that is not a record";
        }

        if (!type.IsSealed)
        {
            yield return $"{type.FullName} is {kind} that is not sealed";
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            {
                yield return $"{type.FullName} is {kind} with a public setter on {property.Name} (use init)";
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public).Where(f => !f.IsInitOnly))
        {
            yield return $"{type.FullName} is {kind} with the writable public field {field.Name}";
        }
    }

    private static string? SchemaOf(Type type, List<string> violations)
    {
        var factory = type.Assembly.GetTypes().FirstOrDefault(t =>
            t.IsClass && !t.IsAbstract && t.GetInterfaces().Contains(typeof(IDesignTimeDbContextFactory<>).MakeGenericType(type)));
        var constant = type.GetField("SchemaName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue() as string;
        if (factory is null)
        {
            if (typeof(ModuleDbContext).IsAssignableFrom(type) || constant is null)
            {
                violations.Add($"{type.FullName} has no design-time factory to read its schema from");
                return null;
            }

            return Declared(type, constant, violations);
        }

        var create = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(type).GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        using var context = (DbContext)create.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
        var schema = Declared(type, context is ModuleDbContext module ? module.Schema : constant, violations);
        if (schema is null)
        {
            return null;
        }

        var modelSchema = context.Model.GetDefaultSchema();
        if (modelSchema != schema)
        {
            violations.Add($"{type.FullName} declares the schema '{schema}' but its model's default schema is '{modelSchema}'");
        }

        var historySchema = context.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().SingleOrDefault()?.MigrationsHistoryTableSchema;
        if (historySchema != schema)
        {
            violations.Add($"{type.FullName} declares the schema '{schema}' but keeps its migrations history in '{historySchema}'");
        }

        return schema;
    }

    private static string? Declared(Type type, string? schema, List<string> violations)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            violations.Add($"{type.FullName} declares no schema");
            return null;
        }

        return schema;
    }

    private static bool IsMessage(Type type) =>
        Implements(type, typeof(ICommand<>)) || Implements(type, typeof(IQuery<>)) || typeof(IntegrationEvent).IsAssignableFrom(type);

    private static bool Implements(Type type, Type openInterface) => type.GetInterfaces().Any(i => IsClosed(i, openInterface));

    private static bool IsClosed(Type candidate, Type openGeneric) =>
        candidate.IsGenericType && candidate.GetGenericTypeDefinition() == openGeneric;

    private static string BareName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
}
