using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Architecture.Canaries.Vocabularies;
using Xunit;

namespace Portal.Tests.Architecture;

/// <summary>
/// Issue 17: every vocabulary a module publishes (an enum in its *.Contracts) names each member's wire
/// spelling once, so the API, events, the database, SQL and resource keys all read it through <see cref="Wire"/>
/// and a C# rename changes none of them.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly PortalSystem System = PortalSystem.Current;

    [Fact]
    public void Every_vocabulary_of_a_modules_contracts_names_each_member_once()
    {
        var vocabularies = System.Modules.SelectMany(m => m.Contracts).SelectMany(PortalSystem.TypesOf).Where(t => t.IsEnum).ToList();
        Assert.Contains(vocabularies, t => t.Name == "SubscriptionStatus");

        Verdict.None(ViolationsOfWireNames(vocabularies), "Every vocabulary names each member's wire spelling once");
    }

    [Fact]
    public void Canary_vocabulary_rule_fails_on_a_violation()
    {
        var violations = ViolationsOfWireNames(CanaryTypes.In("Vocabularies"));

        Verdict.Reports(violations, typeof(VocabularyWithAnUnnamedMember), typeof(VocabularyWithASharedName));
        Verdict.Spares(violations, typeof(CleanVocabulary));
    }

    private static List<string> ViolationsOfWireNames(IEnumerable<Type> vocabularies)
    {
        var violations = new List<string>();
        foreach (var vocabulary in vocabularies)
        {
            var declared = Wire.Declared(vocabulary);
            violations.AddRange(declared.Where(d => d.Name is null).Select(d => $"{vocabulary.FullName} has no wire name for {d.Member}"));
            violations.AddRange(declared
                .Where(d => d.Name is not null)
                .GroupBy(d => d.Name, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => $"{vocabulary.FullName} gives the wire name '{g.Key}' to {string.Join(" and ", g.Select(d => d.Member))}"));
        }

        return violations;
    }
}
