using System.Collections;
using System.Globalization;
using System.Resources;
using System.Reflection;
using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Contracts;
using Portal.Host;

namespace Portal.Tests.Integration;

/// <summary>Every page text exists in English and in Italian: the two resource files of each area name the same keys, none empty.</summary>
public sealed class LanguageParityTests
{
    public static TheoryData<string> Areas => [nameof(SharedResource), nameof(AdminResource)];

    [Theory]
    [MemberData(nameof(Areas))]
    public void The_italian_and_english_texts_of_an_area_have_the_same_keys_and_none_is_empty(string area)
    {
        var resources = new ResourceManager($"Portal.Host.Resources.{area}", typeof(SharedResource).Assembly);

        var english = Texts(resources, CultureInfo.InvariantCulture);
        var italian = Texts(resources, CultureInfo.GetCultureInfo("it"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(italian.Keys));
        Assert.Empty(italian.Keys.Except(english.Keys));
        Assert.Empty(english.Concat(italian).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
    }

    /// <summary>The texts of one language only, without falling back to the neutral ones.</summary>
    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty);
}

/// <summary>
/// Every email's sentences exist in every language the portal speaks (<see cref="Languages"/>), none empty: a customer
/// is written to in their own language by background jobs, where a missing sentence would only show as a failed email.
/// </summary>
public sealed class EmailLanguageParityTests
{
    /// <summary>The email tables of every module: static fields holding <see cref="EmailTexts"/>, or sentences by language.</summary>
    public static TheoryData<string> Tables => [.. EmailTables().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void An_email_table_has_every_language_with_the_same_sentences_and_none_empty(string table)
    {
        var sentences = EmailTables().Single(t => t.Name == table).Sentences;

        Assert.Equal(Languages.Supported.Order(), sentences.Keys.Order());
        var english = sentences[Languages.Default];
        Assert.All(sentences, language =>
        {
            Assert.Equal(english.Keys.Order(), language.Value.Keys.Order());
            Assert.Empty(language.Value.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key));
        });
    }

    [Fact]
    public void Every_module_that_sends_emails_is_covered()
    {
        Assert.Equal(
            ["Billing", "Identity", "Licensing", "Subscriptions", "Webhooks"],
            EmailTables().Select(t => t.Name.Split('.')[2]).Distinct().Order());
    }

    /// <summary>Each table as sentences by language, then by key (a position for the tables written as arrays).</summary>
    private static IEnumerable<(string Name, Dictionary<string, Dictionary<string, string>> Sentences)> EmailTables()
    {
        var assemblies = typeof(SharedResource).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Portal.Modules.", StringComparison.Ordinal) && !a.Name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load);
        foreach (var field in assemblies.SelectMany(a => a.GetTypes()).SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)))
        {
            var name = $"{field.DeclaringType!.FullName}.{field.Name}";
            switch (field.GetValue(null))
            {
                case EmailTexts texts:
                    yield return (name, texts.ByLanguage.ToDictionary(l => l.Key, l => l.Value.ToDictionary()));
                    break;
                case Dictionary<string, string[]> arrays when arrays.Keys.Any(Languages.IsSupported):
                    yield return (name, arrays.ToDictionary(l => l.Key, l => l.Value.Select((s, i) => (s, i)).ToDictionary(p => p.i.ToString(CultureInfo.InvariantCulture), p => p.s)));
                    break;
                case IDictionary byLanguage when byLanguage.Keys.OfType<string>().Any(Languages.IsSupported):
                    yield return (name, byLanguage.Keys.OfType<string>().ToDictionary(
                        l => l,
                        l => ((IDictionary)byLanguage[l]!) is var sentences
                            ? sentences.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => sentences[k] as string ?? string.Empty)
                            : []));
                    break;
            }
        }
    }
}
