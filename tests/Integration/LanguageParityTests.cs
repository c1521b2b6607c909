using System.Collections;
using System.Globalization;
using System.Resources;
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
