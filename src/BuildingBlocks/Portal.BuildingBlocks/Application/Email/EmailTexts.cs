namespace Portal.BuildingBlocks.Application.Email;

/// <summary>
/// A module's email sentences in English and Italian (<c>{0}</c>-style placeholders), and dates and
/// amounts written the way each language writes them.
/// </summary>
public sealed class EmailTexts(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> texts)
{
    /// <summary>Every sentence, by language and key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage => texts;

    public string T(string language, string key, params object[] values) => string.Format(Culture(language), texts[language][key], values);

    public static string Amount(Money money, string language) => MoneyText.Format(money, Culture(language));

    public static string Date(DateTimeOffset date, string language) => date.UtcDateTime.ToString("d MMMM yyyy", Culture(language));

    public static CultureInfo Culture(string language) => Languages.Culture(language);
}
