using System.Text.RegularExpressions;

namespace Portal.BuildingBlocks.Application;

/// <summary>
/// Italian's elisions and euphonic <i>d</i>, which a sentence with a placeholder cannot spell in advance: a date
/// after "il" ("l'8 dic", "dall'11 marzo") and a name after "a" ("ad Acme"). Applied to finished Italian sentences.
/// </summary>
public static partial class ItalianText
{
    public static string Polish(string text) =>
        Euphonic().Replace(Elided().Replace(text, match => Elision(match.Groups[1].Value) + match.Groups[2].Value), "ad ");

    /// <summary>The article or articulated preposition before a number read with a vowel ("otto", "undici").</summary>
    private static string Elision(string word) => word.ToLowerInvariant() switch
    {
        "il" => Same(word, "l'"),
        var preposition => Same(word, preposition + "l'"),
    };

    /// <summary>Keeps a capital: "Il 8" → "L'8".</summary>
    private static string Same(string original, string replacement) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    [GeneratedRegex(@"(?<![\p{L}'])(il|al|dal|del|nel|sul)\s+((?:8|11)(?!\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elided();

    [GeneratedRegex(@"(?<![\p{L}'])a (?=[aA])", RegexOptions.CultureInvariant)]
    private static partial Regex Euphonic();
}
