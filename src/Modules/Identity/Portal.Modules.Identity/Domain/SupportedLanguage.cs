namespace Portal.Modules.Identity.Domain;

/// <summary>A language recorded for a customer or a business is one the portal speaks.</summary>
internal static class SupportedLanguage
{
    public static string Require(string language) => Languages.IsSupported(language)
        ? language
        : throw new DomainException(Error.Unprocessable("LANGUAGE_UNSUPPORTED", $"The language must be one of {string.Join(", ", Languages.Supported)}."));
}
