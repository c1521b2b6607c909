using System.Globalization;
using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>"Payment received", "payment failed", "refund" and "card expiring" emails in the customer's language, with a one-time link into the portal.</summary>
internal static class PaymentEmail
{
    private static readonly Dictionary<string, string[]> Texts = new()
    {
        // subject ok, body ok, invoice note, subject failed, body failed, what to do, button, greeting, subject refund, body refund, when it arrives, subject card expiring, body card expiring, what to do, button card
        ["en"] = ["Payment received by {0}", "We received your payment of {0} for {1}, charged to your {2} ending in {3}.", "Invoice {0} is ready to download in your customer portal.", "Your payment to {0} did not go through", "We could not charge {0} for {1} to your {2} ending in {3}: {4}", "Please update your payment method in your customer portal.", "Open my portal", "Hello {0},", "Refund from {0}", "{0} refunded {1} of your payment of {2} for {3}, to your {4} ending in {5}.", "Refunds usually reach your account within 5 to 10 business days.", "Your {0} ending in {1} expires soon", "Your {0} ending in {1} expires at the end of {2}. It pays your subscriptions with {3}: {4}.", "Add a new card in your portal so that your next payment goes through.", "Update my card"],
        ["it"] = ["Pagamento ricevuto da {0}", "Abbiamo ricevuto il tuo pagamento di {0} per {1}, addebitato sulla tua {2} che termina con {3}.", "La fattura {0} è pronta da scaricare nel tuo portale clienti.", "Il tuo pagamento a {0} non è andato a buon fine", "Non siamo riusciti ad addebitare {0} per {1} sulla tua {2} che termina con {3}: {4}", "Aggiorna il metodo di pagamento nel tuo portale clienti.", "Apri il mio portale", "Ciao {0},", "Rimborso da {0}", "{0} ti ha rimborsato {1} del tuo pagamento di {2} per {3}, sulla tua {4} che termina con {5}.", "Di solito i rimborsi arrivano sul conto entro 5-10 giorni lavorativi.", "La tua {0} che termina con {1} sta per scadere", "La tua {0} che termina con {1} scade alla fine di {2}. Paga i tuoi abbonamenti con {3}: {4}.", "Aggiungi una nuova carta nel tuo portale perché il prossimo pagamento vada a buon fine.", "Aggiorna la mia carta"],
        ["de"] = ["Zahlung an {0} erhalten", "Wir haben Ihre Zahlung von {0} für {1} erhalten, belastet auf Ihre {2} mit Endung {3}.", "Die Rechnung {0} steht in Ihrem Kundenportal zum Download bereit.", "Ihre Zahlung an {0} ist fehlgeschlagen", "Wir konnten {0} für {1} nicht von Ihrer {2} mit Endung {3} abbuchen: {4}", "Bitte aktualisieren Sie Ihre Zahlungsmethode in Ihrem Kundenportal.", "Mein Portal öffnen", "Hallo {0},", "Rückerstattung von {0}", "{0} hat Ihnen {1} Ihrer Zahlung von {2} für {3} erstattet, auf Ihre {4} mit Endung {5}.", "Rückerstattungen erreichen Ihr Konto in der Regel innerhalb von 5 bis 10 Werktagen.", "Ihre {0} mit Endung {1} läuft bald ab", "Ihre {0} mit Endung {1} läuft Ende {2} ab. Mit ihr bezahlen Sie Ihre Abonnements bei {3}: {4}.", "Fügen Sie in Ihrem Portal eine neue Karte hinzu, damit Ihre nächste Zahlung durchgeht.", "Meine Karte aktualisieren"],
    };

    public static EmailMessage Succeeded(Payment payment, string invoiceNumber, CustomerContact contact, string portalLink)
    {
        var language = contact.Language;
        var (t, amount) = TextsAndAmount(payment, language);
        return Compose(
            contact,
            language,
            F(t[0], contact.BusinessName),
            [F(t[7], contact.CustomerName), F(t[1], amount, payment.Description.In(language), CardBrand.Display(payment.CardBrand), payment.CardLastFour), F(t[2], invoiceNumber)],
            new BrandedEmail.Button(t[6], portalLink));
    }

    public static EmailMessage Failed(Payment payment, CustomerContact contact, string portalLink)
    {
        var language = contact.Language;
        var (t, amount) = TextsAndAmount(payment, language);
        return Compose(
            contact,
            language,
            F(t[3], contact.BusinessName),
            [F(t[7], contact.CustomerName), F(t[4], amount, payment.Description.In(language), CardBrand.Display(payment.CardBrand), payment.CardLastFour, ChargeTexts.DeclineReason(payment.FailureCode, language)), t[5]],
            new BrandedEmail.Button(t[6], portalLink));
    }

    /// <summary>Money given back on the payment: how much of what, to which card, and when it arrives.</summary>
    public static EmailMessage Refunded(Payment payment, Money refunded, CustomerContact contact, string portalLink)
    {
        var language = contact.Language;
        var (t, amount) = TextsAndAmount(payment, language);
        return Compose(
            contact,
            language,
            F(t[8], contact.BusinessName),
            [
                F(t[7], contact.CustomerName),
                F(t[9], contact.BusinessName, MoneyText.Format(refunded, Languages.Culture(language)), amount, payment.Description.In(language), CardBrand.Display(payment.CardBrand), payment.CardLastFour),
                t[10],
            ],
            new BrandedEmail.Button(t[6], portalLink));
    }

    /// <summary>A card that pays active subscriptions expires soon: which, when, what it pays, and where to add another.</summary>
    public static EmailMessage CardExpiring(string brand, string lastFour, int expiryMonth, int expiryYear, IReadOnlyList<string> productNames, CustomerContact contact, string portalLink)
    {
        var language = contact.Language;
        var t = Texts[language];
        var month = new DateTime(expiryYear, expiryMonth, 1).ToString("MMMM yyyy", Languages.Culture(language));
        return Compose(
            contact,
            language,
            F(t[11], CardBrand.Display(brand), lastFour),
            [F(t[7], contact.CustomerName), F(t[12], CardBrand.Display(brand), lastFour, month, contact.BusinessName, string.Join(", ", productNames)), t[13]],
            new BrandedEmail.Button(t[14], portalLink));
    }

    private static (string[] Texts, string Amount) TextsAndAmount(Payment payment, string language) =>
        (Texts[language], MoneyText.Format(new Money(payment.Total, payment.Currency), Languages.Culture(language)));

    private static EmailMessage Compose(CustomerContact contact, string language, string subject, IReadOnlyList<string> paragraphs, BrandedEmail.Button button) =>
        new BrandedEmail(
            contact.CustomerEmail, language, subject, contact.BusinessName, contact.AccentColor, contact.ForegroundOnAccent, contact.BusinessSupportEmail, paragraphs, button)
            .Compose();

    private static string F(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
