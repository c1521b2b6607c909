using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>"Payment received", "payment failed", "refund" and "card expiring" emails in the customer's language, with a one-time link into the portal.</summary>
internal static class PaymentEmail
{
    private static readonly EmailTexts Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["paid.subject"] = "Payment received by {0}",
            ["paid.body"] = "We received your payment of {0} for {1}, charged to your {2} ending in {3}.",
            ["paid.invoice"] = "Invoice {0} is ready to download in your customer portal.",
            ["failed.subject"] = "Your payment to {0} did not go through",
            ["failed.body"] = "We could not charge {0} for {1} to your {2} ending in {3}: {4}",
            ["failed.action"] = "Please update your payment method in your customer portal.",
            ["portal.button"] = "Open my portal",
            ["hello"] = "Hello {0},",
            ["refund.subject"] = "Refund from {0}",
            ["refund.body"] = "{0} refunded {1} of your payment of {2} for {3}, to your {4} ending in {5}.",
            ["refund.arrives"] = "Refunds usually reach your account within 5 to 10 business days.",
            ["expiring.subject"] = "Your {0} ending in {1} expires soon",
            ["expiring.body"] = "Your {0} ending in {1} expires at the end of {2}. It pays your subscriptions with {3}: {4}.",
            ["expiring.action"] = "Add a new card in your portal so that your next payment goes through.",
            ["expiring.button"] = "Update my card",
        },
        ["it"] = new Dictionary<string, string>
        {
            ["paid.subject"] = "Pagamento ricevuto da {0}",
            ["paid.body"] = "Abbiamo ricevuto il tuo pagamento di {0} per {1}, addebitato sulla tua {2} che termina con {3}.",
            ["paid.invoice"] = "La fattura {0} è pronta da scaricare nel tuo portale clienti.",
            ["failed.subject"] = "Il tuo pagamento a {0} non è andato a buon fine",
            ["failed.body"] = "Non siamo riusciti ad addebitare {0} per {1} sulla tua {2} che termina con {3}: {4}",
            ["failed.action"] = "Aggiorna il metodo di pagamento nel tuo portale clienti.",
            ["portal.button"] = "Apri il mio portale",
            ["hello"] = "Ciao {0},",
            ["refund.subject"] = "Rimborso da {0}",
            ["refund.body"] = "{0} ti ha rimborsato {1} del tuo pagamento di {2} per {3}, sulla tua {4} che termina con {5}.",
            ["refund.arrives"] = "Di solito i rimborsi arrivano sul conto entro 5-10 giorni lavorativi.",
            ["expiring.subject"] = "La tua {0} che termina con {1} sta per scadere",
            ["expiring.body"] = "La tua {0} che termina con {1} scade alla fine di {2}. Paga i tuoi abbonamenti con {3}: {4}.",
            ["expiring.action"] = "Aggiungi una nuova carta nel tuo portale perché il prossimo pagamento vada a buon fine.",
            ["expiring.button"] = "Aggiorna la mia carta",
        },
        ["de"] = new Dictionary<string, string>
        {
            ["paid.subject"] = "Zahlung an {0} erhalten",
            ["paid.body"] = "Wir haben Ihre Zahlung von {0} für {1} erhalten, belastet auf Ihre {2} mit Endung {3}.",
            ["paid.invoice"] = "Die Rechnung {0} steht in Ihrem Kundenportal zum Download bereit.",
            ["failed.subject"] = "Ihre Zahlung an {0} ist fehlgeschlagen",
            ["failed.body"] = "Wir konnten {0} für {1} nicht von Ihrer {2} mit Endung {3} abbuchen: {4}",
            ["failed.action"] = "Bitte aktualisieren Sie Ihre Zahlungsmethode in Ihrem Kundenportal.",
            ["portal.button"] = "Mein Portal öffnen",
            ["hello"] = "Hallo {0},",
            ["refund.subject"] = "Rückerstattung von {0}",
            ["refund.body"] = "{0} hat Ihnen {1} Ihrer Zahlung von {2} für {3} erstattet, auf Ihre {4} mit Endung {5}.",
            ["refund.arrives"] = "Rückerstattungen erreichen Ihr Konto in der Regel innerhalb von 5 bis 10 Werktagen.",
            ["expiring.subject"] = "Ihre {0} mit Endung {1} läuft bald ab",
            ["expiring.body"] = "Ihre {0} mit Endung {1} läuft Ende {2} ab. Mit ihr bezahlen Sie Ihre Abonnements bei {3}: {4}.",
            ["expiring.action"] = "Fügen Sie in Ihrem Portal eine neue Karte hinzu, damit Ihre nächste Zahlung durchgeht.",
            ["expiring.button"] = "Meine Karte aktualisieren",
        },
    });

    public static EmailMessage Succeeded(Payment payment, string invoiceNumber, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        return Compose(
            contact,
            Texts.T(l, "paid.subject", contact.BusinessName),
            [
                Texts.T(l, "hello", contact.CustomerName),
                Texts.T(l, "paid.body", Total(payment, l), payment.Description.In(l), CardBrand.Display(payment.CardBrand), payment.CardLastFour),
                Texts.T(l, "paid.invoice", invoiceNumber),
            ],
            new BrandedEmail.Button(Texts.T(l, "portal.button"), portalLink));
    }

    public static EmailMessage Failed(Payment payment, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        return Compose(
            contact,
            Texts.T(l, "failed.subject", contact.BusinessName),
            [
                Texts.T(l, "hello", contact.CustomerName),
                Texts.T(l, "failed.body", Total(payment, l), payment.Description.In(l), CardBrand.Display(payment.CardBrand), payment.CardLastFour, ChargeTexts.DeclineReason(payment.FailureCode, l)),
                Texts.T(l, "failed.action"),
            ],
            new BrandedEmail.Button(Texts.T(l, "portal.button"), portalLink));
    }

    /// <summary>Money given back on the payment: how much of what, to which card, and when it arrives.</summary>
    public static EmailMessage Refunded(Payment payment, Money refunded, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        return Compose(
            contact,
            Texts.T(l, "refund.subject", contact.BusinessName),
            [
                Texts.T(l, "hello", contact.CustomerName),
                Texts.T(l, "refund.body", contact.BusinessName, EmailTexts.Amount(refunded, l), Total(payment, l), payment.Description.In(l), CardBrand.Display(payment.CardBrand), payment.CardLastFour),
                Texts.T(l, "refund.arrives"),
            ],
            new BrandedEmail.Button(Texts.T(l, "portal.button"), portalLink));
    }

    /// <summary>A card that pays active subscriptions expires soon: which, when, what it pays, and where to add another.</summary>
    public static EmailMessage CardExpiring(string brand, string lastFour, int expiryMonth, int expiryYear, IReadOnlyList<string> productNames, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        var month = new DateTime(expiryYear, expiryMonth, 1).ToString("MMMM yyyy", Languages.Culture(l));
        return Compose(
            contact,
            Texts.T(l, "expiring.subject", CardBrand.Display(brand), lastFour),
            [
                Texts.T(l, "hello", contact.CustomerName),
                Texts.T(l, "expiring.body", CardBrand.Display(brand), lastFour, month, contact.BusinessName, string.Join(", ", productNames)),
                Texts.T(l, "expiring.action"),
            ],
            new BrandedEmail.Button(Texts.T(l, "expiring.button"), portalLink));
    }

    private static string Total(Payment payment, string language) => EmailTexts.Amount(new Money(payment.Total, payment.Currency), language);

    private static EmailMessage Compose(CustomerContact contact, string subject, IReadOnlyList<string> paragraphs, BrandedEmail.Button button) =>
        new BrandedEmail(
            contact.CustomerEmail, contact.Language, subject, contact.BusinessName, contact.AccentColor, contact.ForegroundOnAccent, contact.BusinessSupportEmail, paragraphs, button)
            .Compose();
}
