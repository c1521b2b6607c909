using System.Reflection;
using Xunit;

namespace Portal.Tests.Architecture;

/// <summary>
/// Routes belong to the Host: a module or the building blocks ask <c>IPortalLinks</c> for a page's address and
/// never write one. Every string literal compiled into their assemblies is read back from the metadata and
/// none may name a page of the Host (the portal, sign-in, admin, operators', account and development pages).
/// The modules' own JSON API routes are theirs and are not pages.
/// </summary>
public sealed class HostRouteTests
{
    private static readonly string[] HostPages = ["/portal", "/session/", "/login/", "/admin", "/ops", "/account/", "/dev/"];

    [Fact]
    public void No_module_or_building_block_writes_a_route_of_the_host()
    {
        var system = PortalSystem.Current;
        var violations = system.Assemblies
            .Where(a => a != system.Host)
            .SelectMany(a => HostRoutesIn(a).Select(literal => $"{PortalSystem.NameOf(a)}: \"{literal}\""))
            .ToList();

        Verdict.None(violations, "No module or building block writes a route of the Host (they ask IPortalLinks)");
    }

    [Fact]
    public void Canary_route_rule_fails_on_a_literal_naming_a_host_page()
    {
        var literals = HostRoutesIn(typeof(HostRouteTests).Assembly);

        Assert.Contains(literals, literal => literal.StartsWith("/portal/subscriptions/", StringComparison.Ordinal));
        Assert.DoesNotContain(literals, literal => literal.Contains("customer-portal", StringComparison.Ordinal));
    }

    /// <summary>The string literals of the assembly that name a page of the Host.</summary>
    private static IReadOnlyList<string> HostRoutesIn(Assembly assembly) =>
        StringLiterals.Of(assembly).Where(literal => HostPages.Any(page => literal.Contains(page, StringComparison.OrdinalIgnoreCase))).ToList();
}
