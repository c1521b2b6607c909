using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>Runs axe-core (npm, pinned in tests/Browser/package.json) on the page as it is now.</summary>
internal static class Axe
{
    private const string Run = """
        async () => {
          const results = await axe.run();
          return JSON.stringify({
            passes: results.passes.length,
            incomplete: results.incomplete.map(r => r.id),
            violations: results.violations.map(v => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')),
            })),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ScriptPath =>
        System.IO.Path.Combine(RepositoryRoot.Path, "tests", "Browser", "node_modules", "axe-core", "axe.min.js");

    public static async Task<AxeResults> RunAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"axe-core is not installed at {ScriptPath}: run `npm ci` in tests/Browser (scripts/test does).");
        }

        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<AxeResults>(json, Json)!;
    }

    /// <summary>Fails with every violation's rule id, impact and the elements it was found on.</summary>
    public static async Task<AxeResults> AssertNoViolationsAsync(IPage page, string description)
    {
        var results = await RunAsync(page);
        if (results.Violations.Count > 0)
        {
            var message = new StringBuilder($"axe-core found {results.Violations.Count} violation(s) on {description} ({page.Url}):");
            foreach (var violation in results.Violations)
            {
                message.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}");
                foreach (var target in violation.Targets)
                {
                    message.Append($"\n    at {target}");
                }
            }

            Assert.Fail(message.ToString());
        }

        return results;
    }
}

internal sealed record AxeResults(int Passes, IReadOnlyList<string> Incomplete, IReadOnlyList<AxeViolation> Violations);

internal sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);
