namespace Portal.Modules.Identity.Application.PortalSessions;

/// <summary>
/// The email that carries a sign-in link, in the customer's language, in the business's colours.
/// </summary>
internal static class SignInLinkEmail
{
    private static readonly Dictionary<string, string[]> Texts = new()
    {
        // subject, greeting, body, button, expiry note, ignore note, help
        ["en"] = ["Your sign-in link for {0}", "Hello {0},", "Use the button below to open your customer portal at {0}. The link works once.", "Open my portal", "It expires on {0} (UTC).", "If you did not ask for it, you can ignore this email.", "Questions? Reply to this email or write to {0}."],
        ["it"] = ["Il tuo link di accesso a {0}", "Ciao {0},", "Usa il pulsante qui sotto per aprire il tuo portale clienti presso {0}. Il link funziona una sola volta.", "Apri il mio portale", "Scade il {0} (UTC).", "Se non l'hai richiesto, puoi ignorare questa email.", "Domande? Rispondi a questa email o scrivi a {0}."],
        ["de"] = ["Ihr Anmeldelink für {0}", "Hallo {0},", "Öffnen Sie mit der Schaltfläche unten Ihr Kundenportal bei {0}. Der Link funktioniert einmal.", "Mein Portal öffnen", "Er läuft am {0} (UTC) ab.", "Wenn Sie ihn nicht angefordert haben, können Sie diese E-Mail ignorieren.", "Fragen? Antworten Sie auf diese E-Mail oder schreiben Sie an {0}."],
    };

    public static EmailMessage Compose(SignInLinkEmailModel model)
    {
        var language = Languages.Of(model.Culture.TwoLetterISOLanguageName);
        var t = Texts[language];
        var expires = model.ExpiresAt.UtcDateTime.ToString("f", model.Culture);
        var subject = string.Format(CultureInfo.InvariantCulture, t[0], model.BusinessName);
        var help = model.SupportEmail is null ? null : string.Format(CultureInfo.InvariantCulture, t[6], model.SupportEmail);

        return new BrandedEmail(
            model.CustomerEmail,
            language,
            subject,
            model.BusinessName,
            model.AccentColor,
            model.ForegroundOnAccent,
            model.SupportEmail,
            [string.Format(CultureInfo.InvariantCulture, t[1], model.CustomerName), string.Format(CultureInfo.InvariantCulture, t[2], model.BusinessName)],
            new BrandedEmail.Button(t[3], model.Link),
            [string.Format(CultureInfo.InvariantCulture, t[4], expires) + " " + t[5], .. help is null ? Array.Empty<string>() : [help]]).Compose();
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
