using Xunit;

namespace Portal.Tests.Architecture;

/// <summary>Assertions whose failure messages list every offence, one a line.</summary>
internal static class Verdict
{
    /// <summary>The real system: the rule must report nothing.</summary>
    public static void None(IReadOnlyList<string> violations, string rule) =>
        Assert.True(
            violations.Count == 0,
            $"{rule} is broken {violations.Count} time(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", violations)}");

    /// <summary>A canary: the rule must name each offender (or a compiler-generated type nested in it).</summary>
    public static void Reports(IReadOnlyList<string> violations, params Type[] offenders)
    {
        var missed = offenders.Where(o => !violations.Any(v => Names(v, o))).Select(o => o.FullName).ToList();
        Assert.True(
            missed.Count == 0,
            $"The rule did not report {string.Join(", ", missed)}. It reported:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", violations)}");
    }

    /// <summary>A canary's control group: the rule must not flag what it allows.</summary>
    public static void Spares(IReadOnlyList<string> violations, params Type[] allowed)
    {
        var flagged = violations.Where(v => allowed.Any(a => Names(v, a))).ToList();
        Assert.True(
            flagged.Count == 0,
            $"The rule flagged what it allows:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", flagged)}");
    }

    private static bool Names(string violation, Type type) =>
        violation.StartsWith(type.FullName + " ", StringComparison.Ordinal)
        || violation.StartsWith(type.FullName + "+", StringComparison.Ordinal);
}

/// <summary>The deliberately broken types of this assembly, one namespace per rule under <c>Canaries</c>.</summary>
internal static class CanaryTypes
{
    public const string Root = "Portal.Tests.Architecture.Canaries";

    public static IReadOnlyList<Type> In(string rule) =>
        typeof(CanaryTypes).Assembly.GetTypes().Where(t => PortalSystem.InNamespace(t, $"{Root}.{rule}")).ToList();
}
