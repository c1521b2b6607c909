using Microsoft.Extensions.Localization;

namespace Portal.Host.Setup;

/// <summary>
/// The pages' texts, with Italian's elisions applied once the values are in (<see cref="ItalianText"/>): "il {0}" with
/// an 8th reads "l'8", "a {0}" with Acme reads "ad Acme". Other languages pass through.
/// </summary>
internal sealed class PolishedStringLocalizer<TResource>(IStringLocalizerFactory factory) : IStringLocalizer<TResource>
{
    private readonly IStringLocalizer _texts = factory.Create(typeof(TResource));

    public LocalizedString this[string name] => Polish(_texts[name]);

    public LocalizedString this[string name, params object[] arguments] => Polish(_texts[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _texts.GetAllStrings(includeParentCultures);

    private static LocalizedString Polish(LocalizedString text) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "it"
            ? new LocalizedString(text.Name, ItalianText.Polish(text.Value), text.ResourceNotFound, text.SearchedLocation)
            : text;
}
