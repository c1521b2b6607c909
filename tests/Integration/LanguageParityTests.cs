using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Resources;
using System.Text.RegularExpressions;
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
    private static readonly Dictionary<string, ResourceManager> TextSets =
        PortalTexts.Assemblies.SelectMany(PortalTexts.SetsOf).ToDictionary(r => r.BaseName);

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
    public void The_sets_checked_include_the_pages_the_charge_texts_every_modules_emails_and_the_invoice()
    {
        string[] expected =
        [
            $"Portal.Host.Resources.{nameof(SharedResource)}",
            $"Portal.Host.Resources.{nameof(AdminResource)}",
            "Portal.Modules.Billing.Contracts.Resources.ChargeTexts",
            "Portal.Modules.Billing.Resources.InvoiceTexts",
            .. EmailTextKeysTests.EmailModules.Select(m => $"Portal.Modules.{m}.Resources.EmailTexts"),
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
        var english = PortalTexts.Texts(TextSets[set], CultureInfo.InvariantCulture);
        var translated = PortalTexts.Texts(TextSets[set], CultureInfo.GetCultureInfo(language));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(english.Concat(translated).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        Assert.Empty(english.Where(t => !Placeholders(t.Value).SetEquals(Placeholders(translated[t.Key]))).Select(t => t.Key));
    }

    [Fact]
    public void The_charge_texts_name_every_key_the_code_asks_for()
    {
        var english = PortalTexts.Texts(TextSets["Portal.Modules.Billing.Contracts.Resources.ChargeTexts"], CultureInfo.InvariantCulture);

        Assert.Empty(ChargeTexts.Keys.Except(english.Keys));
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value)];
}

/// <summary>
/// Every module that sends emails has its sentences in its own resource set (<c>Resources/EmailTexts.resx</c> and one
/// file per other language, which <see cref="LanguageParityTests"/> holds to English), and its code asks only for keys
/// the English file has: a customer is written to by background jobs, where a missing sentence would only show as a
/// failed email.
/// </summary>
public sealed partial class EmailTextKeysTests
{
    public static readonly string[] EmailModules = ["Billing", "Identity", "Licensing", "Subscriptions", "Webhooks"];

    public static TheoryData<string> Modules => [.. EmailModules];

    [Fact]
    public void Every_module_that_sends_emails_is_covered()
    {
        var sending = PortalTexts.Assemblies
            .Where(a => a.GetName().Name!.StartsWith("Portal.Modules.", StringComparison.Ordinal) && ReferencesBrandedEmail(a))
            .Select(a => a.GetName().Name!.Split('.')[2]);

        Assert.Equal(EmailModules, sending.Order(StringComparer.Ordinal));
        Assert.All(EmailModules, m => Assert.Contains(PortalTexts.SetsOf(Module(m)), s => s.BaseName == $"Portal.Modules.{m}.Resources.EmailTexts"));
    }

    /// <summary>
    /// The keys are the string literals of the module's code that name a sentence of its sets (a literal with a dot whose
    /// first part begins one of the set's keys, or a whole key), as <see cref="Plurals.Key"/>'s stems too: each is in the
    /// English file, and each sentence of the file is asked for.
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void A_modules_code_asks_only_for_keys_its_english_texts_have_and_for_each_of_them(string module)
    {
        var assembly = Module(module);
        var keys = PortalTexts.SetsOf(assembly).SelectMany(s => PortalTexts.Texts(s, CultureInfo.InvariantCulture).Keys).ToHashSet(StringComparer.Ordinal);
        var firstParts = keys.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var literals = StringLiterals(assembly);
        var asked = literals.Where(l => KeyShape().IsMatch(l) && firstParts.Contains(l.Split('.')[0])).ToHashSet(StringComparer.Ordinal);

        var missing = asked.Where(k => !keys.Contains(k) && !(keys.Contains(k + ".one") && keys.Contains(k + ".other"))).ToList();
        var unasked = keys.Where(k => !literals.Contains(k) && !literals.Contains(PluralStem().Replace(k, string.Empty))).ToList();

        Assert.Empty(missing);
        Assert.Empty(unasked);
    }

    private static Assembly Module(string module) => PortalTexts.Assemblies.Single(a => a.GetName().Name == $"Portal.Modules.{module}");

    private static bool ReferencesBrandedEmail(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences.Select(metadata.GetTypeReference).Any(t => metadata.GetString(t.Name) == "BrandedEmail");
    }

    /// <summary>The string literals compiled into an assembly, read back from its metadata (the #US heap).</summary>
    private static HashSet<string> StringLiterals(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var literals = new HashSet<string>(StringComparer.Ordinal);
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil && MetadataTokens.GetHeapOffset(handle) < metadata.GetHeapSize(HeapIndex.UserString))
        {
            literals.Add(metadata.GetUserString(handle));
            handle = metadata.GetNextHandle(handle);
        }

        return literals;
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z]*(\.[A-Za-z]+)+$")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"\.(one|other)$")]
    private static partial Regex PluralStem();
}

/// <summary>The portal's resource sets: every <c>.resources</c> embedded in the host and the Portal assemblies it references.</summary>
internal static class PortalTexts
{
    /// <summary>The host and every Portal assembly it references, directly or not.</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } = Find();

    /// <summary>An assembly's neutral (English) resource sets; the other languages' are its satellite assemblies.</summary>
    public static IEnumerable<ResourceManager> SetsOf(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => new ResourceManager(n[..^".resources".Length], assembly));

    /// <summary>The texts of one language only, without falling back to the neutral ones (none when it has no file).</summary>
    public static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty) ?? [];

    private static List<Assembly> Find()
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

        return [.. found.Values];
    }
}
