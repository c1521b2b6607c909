namespace Portal.Host.Pages.Shared;

/// <summary>A language named in itself ("English", "Italiano"), as language pickers show it whatever the page's language.</summary>
internal static class LanguageNames
{
    public static string Native(string language)
    {
        var name = CultureInfo.GetCultureInfo(language).NativeName;
        return string.Concat(char.ToUpper(name[0], CultureInfo.GetCultureInfo(language)).ToString(), name[1..]);
    }
}
