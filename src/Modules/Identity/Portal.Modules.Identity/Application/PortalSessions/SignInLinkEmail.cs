using System.Globalization;
using System.Net;
using Portal.BuildingBlocks.Application.Email;

namespace Portal.Modules.Identity.Application.PortalSessions;

/// <summary>
/// The email that carries a sign-in link, in English or Italian, in the business's colours, with a
/// plain-text twin. Everything that comes from data is HTML-encoded.
/// </summary>
internal static class SignInLinkEmail
{
    private static readonly Dictionary<string, string[]> Texts = new()
    {
        // subject, greeting, body, button, expiry note, ignore note, help
        ["en"] = ["Your sign-in link for {0}", "Hello {0},", "Use the button below to open your customer portal at {0}. The link works once.", "Open my portal", "It expires on {0} (UTC).", "If you did not ask for it, you can ignore this email.", "Questions? Reply to this email or write to {0}."],
        ["it"] = ["Il tuo link di accesso a {0}", "Ciao {0},", "Usa il pulsante qui sotto per aprire il tuo portale clienti presso {0}. Il link funziona una sola volta.", "Apri il mio portale", "Scade il {0} (UTC).", "Se non l'hai richiesto, puoi ignorare questa email.", "Domande? Rispondi a questa email o scrivi a {0}."],
    };

    public static EmailMessage Compose(SignInLinkEmailModel model)
    {
        var language = model.Culture.TwoLetterISOLanguageName == "it" ? "it" : "en";
        var t = Texts[language];
        var expires = model.ExpiresAt.UtcDateTime.ToString("f", model.Culture);
        var subject = string.Format(CultureInfo.InvariantCulture, t[0], model.BusinessName);
        var help = model.SupportEmail is null ? null : string.Format(CultureInfo.InvariantCulture, t[6], model.SupportEmail);

        var text = string.Join(
            "\n\n",
            new[]
            {
                string.Format(CultureInfo.InvariantCulture, t[1], model.CustomerName),
                string.Format(CultureInfo.InvariantCulture, t[2], model.BusinessName),
                model.Link,
                string.Format(CultureInfo.InvariantCulture, t[4], expires) + " " + t[5],
                help,
            }.Where(line => line is not null));

        string H(string value) => WebUtility.HtmlEncode(value);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{H(subject)}</title></head>
            <body style="margin:0;padding:24px;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
              <table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px;border:1px solid #d1d5db">
                <tr><td style="background:{H(model.AccentColor)};color:{H(model.ForegroundOnAccent)};padding:16px 24px;border-radius:12px 12px 0 0;font-size:18px;font-weight:bold">{H(model.BusinessName)}</td></tr>
                <tr><td style="padding:24px">
                  <p>{H(string.Format(CultureInfo.InvariantCulture, t[1], model.CustomerName))}</p>
                  <p>{H(string.Format(CultureInfo.InvariantCulture, t[2], model.BusinessName))}</p>
                  <p><a href="{H(model.Link)}" style="display:inline-block;background:{H(model.AccentColor)};color:{H(model.ForegroundOnAccent)};padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold">{H(t[3])}</a></p>
                  <p style="color:#4b5563;font-size:14px">{H(string.Format(CultureInfo.InvariantCulture, t[4], expires))} {H(t[5])}</p>
                  {(help is null ? string.Empty : $"<p style=\"color:#4b5563;font-size:14px\">{H(help)}</p>")}
                </td></tr>
              </table>
            </body></html>
            """;
        return new EmailMessage(model.CustomerEmail, subject, html, text, model.BusinessName, model.SupportEmail);
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
