using System.Collections.Concurrent;

namespace Portal.Host.Pages.Shared;

/// <summary>The countries a billing address accepts, named in the page's language and sorted for a <c>select</c>.</summary>
public static class CountryNames
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> ByLanguage = new();

    /// <summary>Code and name of each accepted country, in alphabetical order of the name.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All() =>
        ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, language =>
        {
            var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(language), CompareOptions.IgnoreCase);
            return [.. BillingCountries.Codes.Select(code => KeyValuePair.Create(code, NameOf(code, language))).OrderBy(c => c.Value, comparer)];
        });

    public static string Of(string code) => All().FirstOrDefault(c => c.Key == code) is { Key: not null } country ? country.Value : code;

    private static string NameOf(string code, string language)
    {
        // RegionInfo names a region in English only; ICU names the region of a culture in the language
        // asked for ("inglese (Germania)"), and writes a region's own brackets as [ ], so the outer pair is its name.
        try
        {
            var display = new CultureInfo(language + "-" + code).DisplayName;
            var open = display.IndexOf('(', StringComparison.Ordinal);
            var close = display.LastIndexOf(')');
            if (open >= 0 && close > open + 1)
            {
                return display[(open + 1)..close];
            }
        }
        catch (CultureNotFoundException)
        {
        }

        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
