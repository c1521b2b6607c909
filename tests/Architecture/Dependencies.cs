using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Portal.Tests.Architecture;

/// <summary>
/// NetArchTest over an exact set of reflection types, so one rule function serves both the real
/// assemblies and the canaries. NetArchTest matches dependency names by whole namespace segments:
/// <c>Portal.Modules.Identity</c> also matches <c>Portal.Modules.Identity.Contracts.X</c>.
/// </summary>
internal static class Dependencies
{
    /// <summary>The types (of <paramref name="types"/>) that depend on any of <paramref name="forbidden"/>, each with what it depends on.</summary>
    public static IReadOnlyList<string> OnAny(IEnumerable<Type> types, IReadOnlyCollection<string> forbidden, string reason)
    {
        var list = types.ToList();
        if (list.Count == 0 || forbidden.Count == 0)
        {
            return [];
        }

        var assemblies = Types.InAssemblies(list.Select(t => t.Assembly).Distinct());
        var failing = Failing(Select(assemblies, list).ShouldNot().HaveDependencyOnAny([.. forbidden]));
        if (failing.Count == 0)
        {
            return [];
        }

        // Name what each offender depends on: one search per forbidden name, over the offenders only.
        var offenders = list.Where(t => failing.Contains(CecilName(t))).ToList();
        var hits = forbidden
            .SelectMany(f => Failing(Select(assemblies, offenders).ShouldNot().HaveDependencyOn(f)).Select(name => (Name: name, Dependency: f)))
            .ToLookup(h => h.Name, h => h.Dependency, StringComparer.Ordinal);
        return failing.Select(name => $"{Display(name)} {reason}: {string.Join(", ", hits[name])}").ToList();
    }

    /// <summary>The types (of <paramref name="types"/>) that depend on anything outside <paramref name="allowed"/>.</summary>
    public static IReadOnlyList<string> OnAnythingBut(IEnumerable<Type> types, IReadOnlyCollection<string> allowed, string reason)
    {
        var list = types.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var assemblies = Types.InAssemblies(list.Select(t => t.Assembly).Distinct());
        return Failing(Select(assemblies, list).Should().OnlyHaveDependenciesOn([.. allowed]))
            .Select(name => $"{Display(name)} {reason}")
            .ToList();
    }

    /// <summary>
    /// Names to give NetArchTest for "anything in these assemblies", without catching what lives in
    /// <paramref name="allowed"/>: a namespace when no allowed type shares it (or a namespace below it),
    /// else the full names of the forbidden types in that namespace.
    /// </summary>
    public static IReadOnlyList<string> NamesOf(IEnumerable<Assembly> forbidden, IEnumerable<Assembly> allowed)
    {
        var allowedNamespaces = allowed.SelectMany(PortalSystem.TypesOf).Select(t => t.Namespace!).ToHashSet(StringComparer.Ordinal);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in forbidden.SelectMany(PortalSystem.TypesOf).Where(t => !t.IsNested))
        {
            var ns = type.Namespace!;
            var shared = allowedNamespaces.Any(a => a == ns || a.StartsWith(ns + ".", StringComparison.Ordinal));
            names.Add(shared ? CecilName(type) : ns);
        }

        return [.. names];
    }

    /// <summary>Mono.Cecil's spelling of a type's full name (nested types joined by '/').</summary>
    public static string CecilName(Type type) => type.FullName!.Replace('+', '/');

    /// <summary>Exactly <paramref name="types"/>, out of <paramref name="assemblies"/> (read once per rule run).</summary>
    private static PredicateList Select(Types assemblies, IReadOnlyList<Type> types)
    {
        var names = types.Select(CecilName).ToHashSet(StringComparer.Ordinal);
        return assemblies.That().MeetCustomRule(new NamedIn(names));
    }

    private static IReadOnlyList<string> Failing(ConditionList conditions)
    {
        var result = conditions.GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static string Display(string cecilName) => cecilName.Replace('/', '+');

    private sealed class NamedIn(HashSet<string> names) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => names.Contains(type.FullName);
    }
}
