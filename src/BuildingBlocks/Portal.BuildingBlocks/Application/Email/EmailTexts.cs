using System.Resources;

namespace Portal.BuildingBlocks.Application.Email;

/// <summary>
/// A module's email sentences (<c>{0}</c>-style placeholders), read from its resource set: <c>Resources/EmailTexts.resx</c>
/// in English and one file beside it per other language of <see cref="Languages"/> (<c>EmailTexts.it.resx</c>…), keyed
/// by what each sentence is (<c>SignIn.Subject</c>); and dates and amounts written the way each language writes them.
/// </summary>
public sealed class EmailTexts(ResourceManager resources)
{
    /// <summary>
    /// The sentence <paramref name="key"/> in <paramref name="language"/>, its placeholders filled with
    /// <paramref name="values"/>. A key the English file lacks throws: a typo must fail, not send an empty sentence.
    /// </summary>
    public string T(string language, string key, params object[] values) =>
        string.Format(Culture(language), resources.GetString(key, Culture(language)) ?? throw new KeyNotFoundException($"No email text '{key}' in {resources.BaseName}."), values);

    public static string Amount(Money money, string language) => MoneyText.Format(money, Culture(language));

    public static string Date(DateTimeOffset date, string language) => date.UtcDateTime.ToString("d MMMM yyyy", Culture(language));

    public static CultureInfo Culture(string language) => Languages.Culture(language);
}
