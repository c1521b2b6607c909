using System.Globalization;

namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// The languages pages, emails and documents are written in, each with the culture its dates and amounts are
/// written in. Adding one is one entry here and its texts: a file beside each English resource file
/// (<c>X.resx</c> → <c>X.fr.resx</c>), no code (docs/adr/0028 lists the files).
/// </summary>
public static class Languages
{
    public const string Default = "en";

    private static readonly Dictionary<string, string> Cultures = new(StringComparer.Ordinal)
    {
        ["en"] = "en-GB",
        ["it"] = "it-IT",
        ["de"] = "de-DE",
    };

    /// <summary>Two-letter codes, the default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = [.. Cultures.Keys];

    public static bool IsSupported(string? language) => language is not null && Cultures.ContainsKey(language);

    /// <summary><paramref name="language"/> when supported, else the default.</summary>
    public static string Of(string? language) => IsSupported(language) ? language! : Default;

    /// <summary>The culture a supported language writes dates and amounts in (the default's for any other).</summary>
    public static CultureInfo Culture(string? language) => CultureInfo.GetCultureInfo(Cultures[Of(language)]);
}
