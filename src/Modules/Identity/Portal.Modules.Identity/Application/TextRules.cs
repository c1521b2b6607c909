namespace Portal.Modules.Identity.Application;

/// <summary>Limits on free text that reaches pages, emails and PDFs.</summary>
internal static class TextRules
{
    public const int MaxMetadataEntries = 50;

    public const int MaxDisplayNameLength = 200;

    public static bool IsDisplayName(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= MaxDisplayNameLength && HasNoControlCharacters(value);

    public static bool HasNoControlCharacters(string? value) => value is null || !value.Any(char.IsControl);

    public static bool IsValidMetadata(IReadOnlyDictionary<string, string> metadata) =>
        metadata.Count <= MaxMetadataEntries
        && metadata.All(pair => pair.Key.Length is > 0 and <= 40 && pair.Value is { Length: <= 500 }
            && HasNoControlCharacters(pair.Key) && HasNoControlCharacters(pair.Value));
}
