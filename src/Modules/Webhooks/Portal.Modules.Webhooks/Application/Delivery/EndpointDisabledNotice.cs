using System.Globalization;
using Portal.BuildingBlocks.Application.Email;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Modules.Webhooks.Domain.Endpoints;

namespace Portal.Modules.Webhooks.Application.Delivery;

/// <summary>Tells the business's owners that an endpoint failing for five days was disabled, and how to turn it back on.</summary>
internal sealed class EndpointDisabledNotice(ISender sender, IEmailQueue emails)
{
    /// <summary>Merchant users' language is not recorded yet; the texts exist in every language for when it is.</summary>
    private const string Language = "en";

    private static readonly EmailTexts Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["subject"] = "A webhook endpoint of {0} was disabled",
            ["hello"] = "Hello {0},",
            ["body"] = "Every delivery to {0} ({1} mode) has failed for {2} days, so the endpoint was disabled: nothing more is sent to it.",
            ["kept"] = "Deliveries still due are kept. Once your server answers again, enable the endpoint (PATCH /webhooks/{0} with \"disabled\": false) and they are sent.",
        },
        ["it"] = new Dictionary<string, string>
        {
            ["subject"] = "Un endpoint webhook di {0} è stato disattivato",
            ["hello"] = "Ciao {0},",
            ["body"] = "Ogni consegna a {0} (modalità {1}) fallisce da {2} giorni, quindi l'endpoint è stato disattivato: non gli viene più inviato nulla.",
            ["kept"] = "Le consegne ancora dovute sono conservate. Quando il tuo server risponde di nuovo, riattiva l'endpoint (PATCH /webhooks/{0} con \"disabled\": false) e verranno inviate.",
        },
        ["de"] = new Dictionary<string, string>
        {
            ["subject"] = "Ein Webhook-Endpunkt von {0} wurde deaktiviert",
            ["hello"] = "Hallo {0},",
            ["body"] = "Jede Zustellung an {0} ({1}modus) schlägt seit {2} Tagen fehl, daher wurde der Endpunkt deaktiviert: Es wird nichts mehr an ihn gesendet.",
            ["kept"] = "Noch fällige Zustellungen bleiben erhalten. Sobald Ihr Server wieder antwortet, aktivieren Sie den Endpunkt (PATCH /webhooks/{0} mit \"disabled\": false), und sie werden gesendet.",
        },
    });

    public async Task SendAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var branding = await sender.QueryAsync(new GetBusinessBrandingQuery(endpoint.BusinessId), cancellationToken);
        var owners = (await sender.QueryAsync(new ListTeamMembersQuery(endpoint.BusinessId), cancellationToken)).Where(m => m.Role == MerchantRole.Owner);
        foreach (var owner in owners)
        {
            emails.Enqueue(new BrandedEmail(
                owner.Email,
                Language,
                Texts.T(Language, "subject", branding.Name),
                branding.Name,
                branding.AccentColor,
                branding.ForegroundOnAccent,
                branding.SupportEmail,
                [
                    Texts.T(Language, "hello", owner.Name),
                    Texts.T(Language, "body", endpoint.Url, endpoint.Mode.ToString().ToLowerInvariant(), WebhookEndpoint.FailingLimit.TotalDays.ToString(CultureInfo.InvariantCulture)),
                    Texts.T(Language, "kept", endpoint.Id.Value),
                ]).Compose());
        }
    }
}
