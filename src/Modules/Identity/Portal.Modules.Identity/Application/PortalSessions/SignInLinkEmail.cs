using System.Resources;

namespace Portal.Modules.Identity.Application.PortalSessions;

/// <summary>
/// The email that carries a sign-in link, in the customer's language, in the business's colours.
/// </summary>
internal static class SignInLinkEmail
{
    private static readonly EmailTexts Texts = new(new ResourceManager("Portal.Modules.Identity.Resources.EmailTexts", typeof(SignInLinkEmail).Assembly));

    public static EmailMessage Compose(SignInLinkEmailModel model)
    {
        var language = Languages.Of(model.Culture.TwoLetterISOLanguageName);
        var expires = model.ExpiresAt.UtcDateTime.ToString("f", model.Culture);
        var help = model.SupportEmail is null ? null : Texts.T(language, "SignIn.Help", model.SupportEmail);

        return new BrandedEmail(
            model.CustomerEmail,
            language,
            Texts.T(language, "SignIn.Subject", model.BusinessName),
            model.BusinessName,
            model.AccentColor,
            model.ForegroundOnAccent,
            model.SupportEmail,
            [Texts.T(language, "Hello", model.CustomerName), Texts.T(language, "SignIn.Body", model.BusinessName)],
            new BrandedEmail.Button(Texts.T(language, "SignIn.Button"), model.Link),
            [Texts.T(language, "SignIn.Expiry", expires) + " " + Texts.T(language, "SignIn.Ignore"), .. help is null ? Array.Empty<string>() : [help]]).Compose();
    }
}

internal sealed record SignInLinkEmailModel(
    string CustomerEmail,
    string CustomerName,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    string? SupportEmail,
    string Link,
    DateTimeOffset ExpiresAt,
    CultureInfo Culture);
