using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Application.Email;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails;

/// <summary>
/// The subscription emails: on hold (and still on hold after a retry), reactivated, cancelled,
/// cancellation scheduled and undone, and plan changed, in the customer's language (<see cref="CustomerContact.Language"/>).
/// Receipts for renewals are Billing's payment receipts.
/// </summary>
internal static class SubscriptionEmail
{
    private static readonly EmailTexts Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["hello"] = "Hello {0},",
            ["hold.subject"] = "Your {0} subscription is on hold",
            ["hold.body"] = "We could not collect {0} for your {1} subscription with {2}, so it is on hold and will not renew.",
            ["hold.action"] = "Update your payment method to pay what is due: your subscription becomes active again at once. The link signs you in directly and works once, for 24 hours.",
            ["hold.button"] = "Update payment method",
            ["hold.confirm.action"] = "Your bank asks you to confirm this payment. Confirm it in the portal with the same card: your subscription becomes active again at once. The link signs you in directly and works once, for 24 hours.",
            ["hold.confirm.button"] = "Confirm your payment",
            ["reactivated.subject"] = "Your {0} subscription is active again",
            ["reactivated.body"] = "We received the amount due and your {0} subscription with {1} is active again. Next billing date: {2}.",
            ["cancelled.subject"] = "Your {0} subscription was cancelled",
            ["cancelled.body"] = "Your {0} subscription with {1} was cancelled on {2}.",
            ["cancelled.dues"] = "We could not collect the amount due after several attempts. You can subscribe again at any time.",
            ["scheduled.subject"] = "Your {0} subscription will end on {1}",
            ["scheduled.body"] = "As requested, your {0} subscription with {1} will not renew: you keep access until {2}. Changed your mind? You can undo the cancellation in your portal until then.",
            ["undone.subject"] = "Your {0} subscription continues",
            ["undone.body"] = "The cancellation was undone: your {0} subscription with {1} renews on {2} as before.",
            ["portal.button"] = "Open my portal",
            ["plan.subject"] = "Your subscription is now {0}",
            ["plan.body"] = "Your subscription with {0} moved from {1} to {2}.",
            ["plan.charged"] = "We charged {0} for the change.",
            ["plan.credited"] = "{0} was added to your credit balance: it pays your next payments first.",
            ["plan.next"] = "Next renewal: {0}, {1} plus tax.",
            ["method.subject"] = "Payment method updated for your {0} subscription",
            ["method.body"] = "From now on your {0} subscription with {1} is paid with your {2} ending in {3}.",
            ["method.unknown"] = "If you did not make this change, contact {0} at once.",
            ["upcoming.subject"] = "Your {0} subscription renews on {1}",
            ["upcoming.body"] = "Your {0} subscription with {1} renews on {2}, and {3} (tax included) will be charged to your payment method.",
            ["upcoming.action"] = "Nothing to do if you want to keep it. To change your plan or your card, or to cancel before then, open your portal.",
        },
        ["it"] = new Dictionary<string, string>
        {
            ["hello"] = "Ciao {0},",
            ["hold.subject"] = "Il tuo abbonamento {0} è sospeso",
            ["hold.body"] = "Non siamo riusciti a incassare {0} per il tuo abbonamento {1} con {2}: è sospeso e non si rinnoverà.",
            ["hold.action"] = "Aggiorna il metodo di pagamento per saldare l'importo dovuto: l'abbonamento torna subito attivo. Il link ti fa accedere direttamente e vale una volta, per 24 ore.",
            ["hold.button"] = "Aggiorna il metodo di pagamento",
            ["hold.confirm.action"] = "La tua banca chiede di confermare questo pagamento. Confermalo nel portale con la stessa carta: l'abbonamento torna subito attivo. Il link ti fa accedere direttamente e vale una volta, per 24 ore.",
            ["hold.confirm.button"] = "Conferma il pagamento",
            ["reactivated.subject"] = "Il tuo abbonamento {0} è di nuovo attivo",
            ["reactivated.body"] = "Abbiamo ricevuto l'importo dovuto e il tuo abbonamento {0} con {1} è di nuovo attivo. Prossimo addebito: {2}.",
            ["cancelled.subject"] = "Il tuo abbonamento {0} è stato annullato",
            ["cancelled.body"] = "Il tuo abbonamento {0} con {1} è stato annullato il {2}.",
            ["cancelled.dues"] = "Non siamo riusciti a incassare l'importo dovuto dopo vari tentativi. Puoi abbonarti di nuovo quando vuoi.",
            ["scheduled.subject"] = "Il tuo abbonamento {0} terminerà il {1}",
            ["scheduled.body"] = "Come richiesto, il tuo abbonamento {0} con {1} non si rinnoverà: mantieni l'accesso fino al {2}. Hai cambiato idea? Puoi annullare la disdetta nel tuo portale fino ad allora.",
            ["undone.subject"] = "Il tuo abbonamento {0} continua",
            ["undone.body"] = "La disdetta è stata annullata: il tuo abbonamento {0} con {1} si rinnova il {2} come prima.",
            ["portal.button"] = "Apri il mio portale",
            ["plan.subject"] = "Il tuo abbonamento ora è {0}",
            ["plan.body"] = "Il tuo abbonamento con {0} è passato da {1} a {2}.",
            ["plan.charged"] = "Abbiamo addebitato {0} per il cambio.",
            ["plan.credited"] = "{0} è stato aggiunto al tuo credito: paga per primo i tuoi prossimi pagamenti.",
            ["plan.next"] = "Prossimo rinnovo: {0}, {1} più imposte.",
            ["method.subject"] = "Metodo di pagamento aggiornato per il tuo abbonamento {0}",
            ["method.body"] = "D'ora in poi il tuo abbonamento {0} con {1} viene pagato con la tua {2} che termina con {3}.",
            ["method.unknown"] = "Se non hai fatto tu questa modifica, contatta subito {0}.",
            ["upcoming.subject"] = "Il tuo abbonamento {0} si rinnova il {1}",
            ["upcoming.body"] = "Il tuo abbonamento {0} con {1} si rinnova il {2} e ti verranno addebitati {3} (imposte incluse) sul tuo metodo di pagamento.",
            ["upcoming.action"] = "Se vuoi mantenerlo non devi fare nulla. Per cambiare piano o carta, o per annullarlo prima di allora, apri il tuo portale.",
        },
        ["de"] = new Dictionary<string, string>
        {
            ["hello"] = "Hallo {0},",
            ["hold.subject"] = "Ihr Abonnement {0} ist ausgesetzt",
            ["hold.body"] = "Wir konnten {0} für Ihr Abonnement {1} bei {2} nicht einziehen. Es ist daher ausgesetzt und wird nicht verlängert.",
            ["hold.action"] = "Aktualisieren Sie Ihre Zahlungsmethode, um den fälligen Betrag zu begleichen: Ihr Abonnement ist dann sofort wieder aktiv. Der Link meldet Sie direkt an und funktioniert einmal, 24 Stunden lang.",
            ["hold.button"] = "Zahlungsmethode aktualisieren",
            ["hold.confirm.action"] = "Ihre Bank bittet Sie, diese Zahlung zu bestätigen. Bestätigen Sie sie im Portal mit derselben Karte: Ihr Abonnement ist dann sofort wieder aktiv. Der Link meldet Sie direkt an und funktioniert einmal, 24 Stunden lang.",
            ["hold.confirm.button"] = "Zahlung bestätigen",
            ["reactivated.subject"] = "Ihr Abonnement {0} ist wieder aktiv",
            ["reactivated.body"] = "Wir haben den fälligen Betrag erhalten, und Ihr Abonnement {0} bei {1} ist wieder aktiv. Nächstes Abrechnungsdatum: {2}.",
            ["cancelled.subject"] = "Ihr Abonnement {0} wurde gekündigt",
            ["cancelled.body"] = "Ihr Abonnement {0} bei {1} wurde am {2} gekündigt.",
            ["cancelled.dues"] = "Wir konnten den fälligen Betrag nach mehreren Versuchen nicht einziehen. Sie können jederzeit ein neues Abonnement abschließen.",
            ["scheduled.subject"] = "Ihr Abonnement {0} endet am {1}",
            ["scheduled.body"] = "Wie gewünscht wird Ihr Abonnement {0} bei {1} nicht verlängert: Sie behalten den Zugang bis zum {2}. Haben Sie es sich anders überlegt? Bis dahin können Sie die Kündigung in Ihrem Portal zurücknehmen.",
            ["undone.subject"] = "Ihr Abonnement {0} läuft weiter",
            ["undone.body"] = "Die Kündigung wurde zurückgenommen: Ihr Abonnement {0} bei {1} verlängert sich wie bisher am {2}.",
            ["portal.button"] = "Mein Portal öffnen",
            ["plan.subject"] = "Ihr Abonnement ist jetzt {0}",
            ["plan.body"] = "Ihr Abonnement bei {0} wurde von {1} auf {2} umgestellt.",
            ["plan.charged"] = "Für die Umstellung haben wir {0} abgebucht.",
            ["plan.credited"] = "{0} wurde Ihrem Guthaben gutgeschrieben: Es wird zuerst mit Ihren nächsten Zahlungen verrechnet.",
            ["plan.next"] = "Nächste Verlängerung: {0}, {1} zzgl. Steuern.",
            ["method.subject"] = "Zahlungsmethode für Ihr Abonnement {0} aktualisiert",
            ["method.body"] = "Ab sofort wird Ihr Abonnement {0} bei {1} mit Ihrer {2} mit Endung {3} bezahlt.",
            ["method.unknown"] = "Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich sofort an {0}.",
            ["upcoming.subject"] = "Ihr Abonnement {0} verlängert sich am {1}",
            ["upcoming.body"] = "Ihr Abonnement {0} bei {1} verlängert sich am {2}, und {3} (inkl. Steuern) werden über Ihre Zahlungsmethode abgebucht.",
            ["upcoming.action"] = "Wenn Sie es behalten möchten, müssen Sie nichts tun. Um Tarif oder Karte zu ändern oder vorher zu kündigen, öffnen Sie Ihr Portal.",
        },
    });

    /// <summary>
    /// On hold: the customer fixes the payment method, or, when their bank asked to authenticate the payment
    /// (<paramref name="confirmPayment"/>), confirms it with the same card.
    /// </summary>
    public static EmailMessage OnHold(SubscriptionFacts s, CustomerContact contact, string signInLink, bool confirmPayment) =>
        Compose(contact, contact.Language, T(contact.Language, "hold.subject", s.ProductName),
            [T(contact.Language, "hello", contact.CustomerName), T(contact.Language, "hold.body", Amount(s.Dues, contact.Language), s.ProductName, contact.BusinessName), T(contact.Language, confirmPayment ? "hold.confirm.action" : "hold.action")],
            new BrandedEmail.Button(T(contact.Language, confirmPayment ? "hold.confirm.button" : "hold.button"), signInLink));

    public static EmailMessage Reactivated(SubscriptionFacts s, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "reactivated.subject", s.ProductName),
            [T(contact.Language, "hello", contact.CustomerName), T(contact.Language, "reactivated.body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language))],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    public static EmailMessage Cancelled(SubscriptionFacts s, CustomerContact contact, string portalLink, bool duesUnpaid) =>
        Compose(contact, contact.Language, T(contact.Language, "cancelled.subject", s.ProductName),
            [T(contact.Language, "hello", contact.CustomerName), T(contact.Language, "cancelled.body", s.ProductName, contact.BusinessName, Date(s.AccessEndsAt, contact.Language)), .. duesUnpaid ? new[] { T(contact.Language, "cancelled.dues") } : []],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    public static EmailMessage CancellationScheduled(SubscriptionFacts s, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "scheduled.subject", s.ProductName, Date(s.PeriodEnd, contact.Language)),
            [T(contact.Language, "hello", contact.CustomerName), T(contact.Language, "scheduled.body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language))],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    /// <summary>A scheduled cancellation undone: the subscription renews as before.</summary>
    public static EmailMessage CancellationUndone(SubscriptionFacts s, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "undone.subject", s.ProductName),
            [T(contact.Language, "hello", contact.CustomerName), T(contact.Language, "undone.body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language))],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    /// <summary>The card that pays the subscription changed: which one pays from now on, and whom to tell if it was not them.</summary>
    public static EmailMessage PaymentMethodChanged(SubscriptionFacts s, CustomerContact contact, string portalLink, string cardBrand, string lastFour) =>
        Compose(contact, contact.Language, T(contact.Language, "method.subject", s.ProductName),
            [
                T(contact.Language, "hello", contact.CustomerName),
                T(contact.Language, "method.body", s.ProductName, contact.BusinessName, cardBrand, lastFour),
                T(contact.Language, "method.unknown", contact.BusinessSupportEmail ?? contact.BusinessName),
            ],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    /// <summary>A renewal within 7 days for a yearly plan or longer: when, what it will charge, and where to change or cancel it.</summary>
    public static EmailMessage RenewalUpcoming(SubscriptionFacts s, Money renewal, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "upcoming.subject", s.ProductName, Date(s.PeriodEnd, contact.Language)),
            [
                T(contact.Language, "hello", contact.CustomerName),
                T(contact.Language, "upcoming.body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language), Amount(renewal, contact.Language)),
                T(contact.Language, "upcoming.action"),
            ],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    /// <summary>A plan change: from and to, what was charged or credited now, and the next renewal.</summary>
    public static EmailMessage PlanChanged(PlanChangeFacts p, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "plan.subject", p.ToProductName),
            [
                T(contact.Language, "hello", contact.CustomerName),
                T(contact.Language, "plan.body", contact.BusinessName, p.FromProductName, p.ToProductName),
                .. p.Charged.MinorUnits > 0 ? new[] { T(contact.Language, "plan.charged", Amount(p.Charged, contact.Language)) } : [],
                .. p.Credited.MinorUnits > 0 ? new[] { T(contact.Language, "plan.credited", Amount(p.Credited, contact.Language)) } : [],
                T(contact.Language, "plan.next", Date(p.NextBillingDate, contact.Language), Amount(p.NextRenewal, contact.Language)),
            ],
            new BrandedEmail.Button(T(contact.Language, "portal.button"), portalLink));

    private static EmailMessage Compose(CustomerContact contact, string language, string subject, IReadOnlyList<string> paragraphs, BrandedEmail.Button button) =>
        new BrandedEmail(contact.CustomerEmail, language, subject, contact.BusinessName, contact.AccentColor, contact.ForegroundOnAccent, contact.BusinessSupportEmail, paragraphs, button)
            .Compose();

    private static string T(string language, string key, params object[] values) => Texts.T(language, key, values);

    private static string Amount(Money money, string language) => EmailTexts.Amount(money, language);

    private static string Date(DateTimeOffset date, string language) => EmailTexts.Date(date, language);
}

/// <summary>What the emails say about a subscription: its product, what is due (tax included, as it is charged), and its dates.</summary>
internal sealed record SubscriptionFacts(string ProductName, Money Dues, DateTimeOffset PeriodEnd, DateTimeOffset AccessEndsAt);

/// <summary>What the plan-changed email says: both plans, the money moved now and the next renewal (before tax).</summary>
internal sealed record PlanChangeFacts(string FromProductName, string ToProductName, Money Charged, Money Credited, DateTimeOffset NextBillingDate, Money NextRenewal);
