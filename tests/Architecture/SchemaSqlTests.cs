using System.Reflection;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Xunit;

namespace Portal.Tests.Architecture;

/// <summary>
/// A module reads and writes only its own schema (ADR 0009): no SQL text compiled into a module or the building
/// blocks names another module's schema. The schemas are read from the modules' DbContexts, not listed here.
/// </summary>
public sealed partial class SchemaSqlTests
{
    private static readonly PortalSystem System = PortalSystem.Current;

    [Fact]
    public void No_module_or_building_block_writes_sql_against_another_modules_schema()
    {
        var schemas = System.Modules.ToDictionary(m => m.Name, m => SchemaOf(m.Implementation));
        Assert.Equal(System.Modules.Count, schemas.Values.Distinct().Count());

        var violations = System.Modules
            .SelectMany(m => m.Implementation.SelectMany(a => ForeignSqlIn(a, schemas[m.Name], schemas.Values)))
            .Concat(ForeignSqlIn(System.BuildingBlocks, ownSchema: null, schemas.Values))
            .ToList();

        Verdict.None(violations, "No SQL in a module or the building blocks names another module's schema");
    }

    [Fact]
    public void Canary_schema_sql_rule_fails_on_sql_naming_another_modules_schema()
    {
        var violations = ForeignSqlIn(typeof(SchemaSqlTests).Assembly, "identity", ["identity", "billing"]);

        Assert.Contains(violations, v => v.Contains("billing.payments", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("identity.customers", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ForeignSqlIn(Assembly assembly, string? ownSchema, IEnumerable<string> schemas)
    {
        var foreign = schemas.Where(s => s != ownSchema).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return StringLiterals.Of(assembly)
            .SelectMany(literal => TableReference().Matches(literal).Select(match => (literal, schema: match.Groups[1].Value)))
            .Where(found => foreign.Contains(found.schema))
            .Select(found => $"{PortalSystem.NameOf(assembly)}: \"{found.literal.Trim()}\"");
    }

    private static string SchemaOf(IEnumerable<Assembly> implementation) =>
        implementation.SelectMany(PortalSystem.TypesOf)
            .Where(t => t.IsSubclassOf(typeof(ModuleDbContext)))
            .Select(t => t.GetField("SchemaName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue() as string)
            .Single(s => s is not null)!;

    [GeneratedRegex("""\b(?:from|join|into|update|table)\s+"?([a-z_][a-z0-9_]*)"?\s*\.""", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();
}
