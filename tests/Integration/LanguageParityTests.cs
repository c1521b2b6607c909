using System.Collections;
using System.Globalization;
using System.Resources;
using System.Reflection;
using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Contracts;
using Portal.Host;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Tests.Integration;

/// <summary>
/// Every text of the portal exists in every language it speaks (<see cref="Languages"/>): each language has a
/// resource file beside each English one, naming the same keys, none empty, each with the same placeholders.
/// The resource sets are every one embedded in the portal's assemblies (pages, charge texts, each module's emails,
/// the invoice's words), so a new set is checked without being listed here.
/// </summary>
public sealed class LanguageParityTests
{
    /// <summary>Every neutral (English) resource set of the portal's assemblies, by its base name.</summary>
    private static readonly Dictionary<string, ResourceManager> TextSets = PortalAssemblies()
        .SelectMany(a => a.GetManifestResourceNames()
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => new ResourceManager(n[..^".resources".Length], a)))
        .ToDictionary(r => r.BaseName);

    public static TheoryData<string> Sets => [.. TextSets.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> SetsAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var set in TextSets.Keys.Order(StringComparer.Ordinal))
            {
                foreach (var language in Languages.Supported.Where(l => l != Languages.Default))
                {
                    data.Add(set, language);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_sets_checked_include_the_pages_the_charge_texts_and_the_invoice()
    {
        string[] expected =
        [
            $"Portal.Host.Resources.{nameof(SharedResource)}",
            $"Portal.Host.Resources.{nameof(AdminResource)}",
            "Portal.Modules.Billing.Contracts.Resources.ChargeTexts",
            "Portal.Modules.Billing.Resources.InvoiceTexts",
        ];

        Assert.Empty(expected.Except(TextSets.Keys));
    }

    /// <summary>A language of <see cref="Languages"/> without its file beside one of the sets would read English there.</summary>
    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_language_has_a_resource_file_for_the_set(string set)
    {
        var missing = Languages.Supported.Where(l => l != Languages.Default)
            .Where(l => TextSets[set].GetResourceSet(CultureInfo.GetCultureInfo(l), createIfNotExists: true, tryParents: false) is null)
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(SetsAndLanguages))]
    public void A_language_has_every_english_text_of_a_set_with_its_placeholders_and_none_empty(string set, string language)
    {
        var english = Texts(TextSets[set], CultureInfo.InvariantCulture);
        var translated = Texts(TextSets[set], CultureInfo.GetCultureInfo(language));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(english.Concat(translated).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        Assert.Empty(english.Where(t => !Placeholders(t.Value).SetEquals(Placeholders(translated[t.Key]))).Select(t => t.Key));
    }

    [Fact]
    public void The_charge_texts_name_every_key_the_code_asks_for()
    {
        var english = Texts(TextSets["Portal.Modules.Billing.Contracts.Resources.ChargeTexts"], CultureInfo.InvariantCulture);

        Assert.Empty(ChargeTexts.Keys.Except(english.Keys));
    }

    /// <summary>The texts of one language only, without falling back to the neutral ones (none when it has no file).</summary>
    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty) ?? [];

    /// <summary>The host and every Portal assembly it references, directly or not.</summary>
    private static IEnumerable<Assembly> PortalAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(SharedResource).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (found.TryAdd(assembly.GetName().Name!, assembly))
            {
                foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Portal.", StringComparison.Ordinal)))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return found.Values;
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value)];
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
                    yield return (name, byLanguage.Keys.OfType<string>().ToDictionary(l => l, l => Sentences(byLanguage[l]!)));
                    break;
            }
        }
    }

    /// <summary>A language's sentences: a dictionary's entries, or the text properties of a record of sentences (the invoice's words).</summary>
    private static Dictionary<string, string> Sentences(object ofOneLanguage) => ofOneLanguage is IDictionary sentences
        ? sentences.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => sentences[k] as string ?? string.Empty)
        : ofOneLanguage.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).ToDictionary(p => p.Name, p => (string)p.GetValue(ofOneLanguage)!);
}
