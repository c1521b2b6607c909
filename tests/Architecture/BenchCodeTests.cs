using System.Reflection;
using System.Text.RegularExpressions;
using Portal.Tests.Architecture.Canaries.BenchCode;
using Portal.Tests.Architecture.Canaries.BenchCode.Bench;
using Xunit;

namespace Portal.Tests.Architecture;

/// <summary>
/// Benchmark-only code stays out of the production host (issue 17): the bench endpoints, the seeding and the
/// invoice history's raw-SQL twin live in bench/Portal.Bench.Host, which references the host, never the other
/// way round. Every type the host assembly declares, its compiled Razor pages included, is judged by its
/// namespace and name; every string literal compiled into it, by whether it names the bench (a /bench route,
/// a Bench: setting, the bench schema).
/// </summary>
public sealed partial class BenchCodeTests
{
    [Fact]
    public void The_host_declares_no_benchmark_type()
    {
        var host = PortalSystem.Current.Host;

        Verdict.None(BenchTypesIn(host.GetTypes()), "The production host declares no benchmark type (they belong in bench/Portal.Bench.Host)");
    }

    [Fact]
    public void No_string_literal_of_the_host_names_the_bench()
    {
        var host = PortalSystem.Current.Host;

        Verdict.None(
            BenchLiteralsIn(host).Select(literal => $"{PortalSystem.NameOf(host)}: \"{literal}\"").ToList(),
            "No route, setting or SQL of the production host names the bench");
    }

    [Fact]
    public void Canary_bench_type_rule_fails_on_benchmark_types()
    {
        var violations = BenchTypesIn(CanaryTypes.In("BenchCode"));

        Verdict.Reports(violations, typeof(FortunesEndpoint), typeof(RenewalsBench));
        Verdict.Spares(violations, typeof(InvoiceHistoryPage));
    }

    [Fact]
    public void Canary_bench_literal_rule_fails_on_literals_naming_the_bench()
    {
        var literals = BenchLiteralsIn(typeof(BenchCodeTests).Assembly);

        Assert.Contains("/bench/fortunes", literals);
        Assert.Contains("Bench:Enabled", literals);
        Assert.DoesNotContain("/portal/invoices", literals);
    }

    /// <summary>Types in a <c>Bench</c> namespace or with <c>Bench</c> in their name (<c>RenewalsBench</c>, <c>Pages_Bench_HistoryTwin</c>).</summary>
    private static IReadOnlyList<string> BenchTypesIn(IEnumerable<Type> types) =>
        types
            .Where(t => (t.Namespace?.Split('.').Contains("Bench", StringComparer.Ordinal) ?? false) || t.Name.Contains("Bench", StringComparison.Ordinal))
            .Select(t => $"{t.FullName} is benchmark code")
            .ToList();

    private static IReadOnlyList<string> BenchLiteralsIn(Assembly assembly) =>
        StringLiterals.Of(assembly).Where(literal => BenchWord().IsMatch(literal)).ToList();

    [GeneratedRegex(@"\bbench\b", RegexOptions.IgnoreCase)]
    private static partial Regex BenchWord();
}
