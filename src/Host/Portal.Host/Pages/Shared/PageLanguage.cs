namespace Portal.Host.Pages.Shared;

/// <summary>The language of the page being answered, for the emails it triggers.</summary>
internal static class PageLanguage
{
    public static string Current => Languages.Of(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
