using System.Net;

namespace Portal.BuildingBlocks.Application.Email;

/// <summary>
/// The one look of every email a customer receives: the business's name on its accent colour, the
/// paragraphs, an optional button, quieter notes, and a plain-text twin. Everything is HTML-encoded, and an
/// Italian email's sentences get Italian's elisions (<see cref="ItalianText"/>) once their values are in.
/// </summary>
public sealed record BrandedEmail(
    string To,
    string Language,
    string Subject,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    string? SupportEmail,
    IReadOnlyList<string> Paragraphs,
    BrandedEmail.Button? Action = null,
    IReadOnlyList<string>? Notes = null)
{
    public EmailMessage Compose() => Language == "it" ? Polished().Render() : Render();

    private BrandedEmail Polished() => this with
    {
        Subject = ItalianText.Polish(Subject),
        Paragraphs = [.. Paragraphs.Select(ItalianText.Polish)],
        Action = Action is null ? null : Action with { Text = ItalianText.Polish(Action.Text) },
        Notes = Notes?.Select(ItalianText.Polish).ToList(),
    };

    private EmailMessage Render()
    {
        var notes = Notes ?? [];
        var text = string.Join(
            "\n\n",
            Paragraphs.Concat(Action is null ? [] : [$"{Action.Text}:\n{Action.Url}"]).Concat(notes));

        static string H(string value) => WebUtility.HtmlEncode(value);
        var paragraphs = string.Concat(Paragraphs.Select(p => $"<p>{H(p)}</p>"));
        var button = Action is null
            ? string.Empty
            : $"<p><a href=\"{H(Action.Url)}\" style=\"display:inline-block;background:{H(AccentColor)};color:{H(ForegroundOnAccent)};padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold\">{H(Action.Text)}</a></p>";
        var quiet = string.Concat(notes.Select(n => $"<p style=\"color:#4b5563;font-size:14px\">{H(n)}</p>"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="{Language}"><head><meta charset="utf-8"><title>{H(Subject)}</title></head>
            <body style="margin:0;padding:24px;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
              <table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px;border:1px solid #d1d5db">
                <tr><td style="background:{H(AccentColor)};color:{H(ForegroundOnAccent)};padding:16px 24px;border-radius:12px 12px 0 0;font-size:18px;font-weight:bold">{H(BusinessName)}</td></tr>
                <tr><td style="padding:24px">{paragraphs}{button}{quiet}</td></tr>
              </table>
            </body></html>
            """;
        return new EmailMessage(To, Subject, html, text, BusinessName, SupportEmail);
    }

    public sealed record Button(string Text, string Url);
}
