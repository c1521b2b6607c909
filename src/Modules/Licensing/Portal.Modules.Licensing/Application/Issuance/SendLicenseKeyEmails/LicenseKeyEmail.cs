using Portal.BuildingBlocks.Application.Email;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Licensing.Application.Issuance.SendLicenseKeyEmails;

/// <summary>"Your license key": the key itself, its terms, and the way to the portal where activations are managed.</summary>
internal static class LicenseKeyEmail
{
    private static readonly EmailTexts Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["subject"] = "Your license key for {0}",
            ["hello"] = "Hello {0},",
            ["body"] = "Thank you for buying {0} from {1}. Your license key is:",
            ["limit.one"] = "It can be active on one device at a time.",
            ["limit.other"] = "It can be active on {0} devices at a time.",
            ["unlimited"] = "It can be active on any number of devices.",
            ["expires"] = "It is valid until {0}.",
            ["manage"] = "Your customer portal always shows the key and where it is active: there you can free an activation when you change computer.",
            ["button"] = "Open my portal",
        },
        ["it"] = new Dictionary<string, string>
        {
            ["subject"] = "La tua chiave di licenza per {0}",
            ["hello"] = "Ciao {0},",
            ["body"] = "Grazie per aver acquistato {0} da {1}. La tua chiave di licenza è:",
            ["limit.one"] = "Può essere attiva su un dispositivo alla volta.",
            ["limit.other"] = "Può essere attiva su {0} dispositivi alla volta.",
            ["unlimited"] = "Può essere attiva su un numero illimitato di dispositivi.",
            ["expires"] = "È valida fino al {0}.",
            ["manage"] = "Il tuo portale clienti mostra sempre la chiave e dove è attiva: lì puoi liberare un'attivazione quando cambi computer.",
            ["button"] = "Apri il mio portale",
        },
        ["de"] = new Dictionary<string, string>
        {
            ["subject"] = "Ihr Lizenzschlüssel für {0}",
            ["hello"] = "Hallo {0},",
            ["body"] = "Vielen Dank für Ihren Kauf von {0} bei {1}. Ihr Lizenzschlüssel lautet:",
            ["limit.one"] = "Er kann auf jeweils einem Gerät aktiv sein.",
            ["limit.other"] = "Er kann auf jeweils {0} Geräten aktiv sein.",
            ["unlimited"] = "Er kann auf beliebig vielen Geräten aktiv sein.",
            ["expires"] = "Er ist gültig bis zum {0}.",
            ["manage"] = "Ihr Kundenportal zeigt immer den Schlüssel und wo er aktiv ist: Dort können Sie eine Aktivierung freigeben, wenn Sie den Computer wechseln.",
            ["button"] = "Mein Portal öffnen",
        },
    });

    public static EmailMessage Issued(
        string productName, string licenseKey, int? activationsLimit, DateTimeOffset? expiresAt, CustomerContact contact, string portalLink) =>
        new BrandedEmail(
            contact.CustomerEmail,
            contact.Language,
            Texts.T(contact.Language, "subject", productName),
            contact.BusinessName,
            contact.AccentColor,
            contact.ForegroundOnAccent,
            contact.BusinessSupportEmail,
            [
                Texts.T(contact.Language, "hello", contact.CustomerName),
                Texts.T(contact.Language, "body", productName, contact.BusinessName),
                licenseKey,
                activationsLimit is { } limit ? Texts.T(contact.Language, Plurals.Key("limit", limit), limit) : Texts.T(contact.Language, "unlimited"),
                .. expiresAt is { } expiry ? new[] { Texts.T(contact.Language, "expires", EmailTexts.Date(expiry, contact.Language)) } : [],
                Texts.T(contact.Language, "manage"),
            ],
            new BrandedEmail.Button(Texts.T(contact.Language, "button"), portalLink)).Compose();
}
