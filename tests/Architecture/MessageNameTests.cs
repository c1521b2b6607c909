using System.Reflection;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Architecture.Canaries.MessageNames;
using Xunit;

namespace Portal.Tests.Architecture;

/// <summary>
/// Outbox rows, inbox rows and delivery jobs name integration events and their handlers by a registered
/// <see cref="MessageNameAttribute"/>, never by CLR name (ADR 0021): every such type of every module has one,
/// lower case and dotted with its own module first, and no two types share one.
/// </summary>
public sealed partial class MessageNameTests
{
    private static readonly PortalSystem System = PortalSystem.Current;

    [Fact]
    public void Every_integration_event_and_handler_has_a_registered_name_of_its_own()
    {
        var types = System.Modules
            .SelectMany(m => m.Implementation.Concat(m.Contracts).SelectMany(PortalSystem.TypesOf).Select(t => (Module: m.Name, Type: t)))
            .ToList();
        Assert.Contains(types, t => IsPersisted(t.Type) && typeof(IntegrationEvent).IsAssignableFrom(t.Type));
        Assert.Contains(types, t => IsPersisted(t.Type) && !typeof(IntegrationEvent).IsAssignableFrom(t.Type));

        Verdict.None(
            ViolationsOfMessageNames(types),
            "Every integration event and integration-event handler has a [MessageName] of its own, lower case and dotted, its module first");
    }

    [Fact]
    public void Canary_message_name_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfMessageNames(CanaryTypes.In("MessageNames").Select(t => (Module: "Canary", Type: t)));

        Verdict.Reports(
            violations,
            typeof(UnnamedProbeIntegrationEvent),
            typeof(UnnamedProbeIntegrationEventHandler),
            typeof(TwinProbeIntegrationEvent),
            typeof(TwinProbeIntegrationEventHandler),
            typeof(CapitalisedProbeIntegrationEvent),
            typeof(ForeignProbeIntegrationEventHandler));
        Verdict.Spares(violations, typeof(NamedProbeIntegrationEvent), typeof(NamedProbeIntegrationEventHandler), typeof(AbstractProbeIntegrationEvent));
    }

    /// <summary>One line per offence, each starting with the offending type's full name.</summary>
    private static IReadOnlyList<string> ViolationsOfMessageNames(IEnumerable<(string Module, Type Type)> types)
    {
        var named = new List<(Type Type, string Name)>();
        var violations = new List<string>();
        foreach (var (module, type) in types.Where(t => IsPersisted(t.Type)))
        {
            if (type.GetCustomAttribute<MessageNameAttribute>()?.Name is not { } name)
            {
                violations.Add($"{type.FullName} is stored by the outbox, inbox or delivery jobs but has no [MessageName]");
                continue;
            }

            named.Add((type, name));
            if (!WellFormed().IsMatch(name))
            {
                violations.Add($"{type.FullName} is named '{name}': lower-case words in snake_case, joined by dots");
            }

            if (!name.StartsWith(module.ToLowerInvariant() + ".", StringComparison.Ordinal))
            {
                violations.Add($"{type.FullName} is named '{name}', which does not start with its module '{module.ToLowerInvariant()}.'");
            }
        }

        foreach (var shared in named.GroupBy(n => n.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            violations.AddRange(shared.Select(n =>
                $"{n.Type.FullName} is named '{shared.Key}', as is {string.Join(", ", shared.Where(o => o.Type != n.Type).Select(o => o.Type.FullName))}"));
        }

        return violations;
    }

    /// <summary>What the outbox relay stores by name: concrete integration events and integration-event handlers.</summary>
    private static bool IsPersisted(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && (typeof(IntegrationEvent).IsAssignableFrom(type)
            || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)));

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$")]
    private static partial Regex WellFormed();
}
