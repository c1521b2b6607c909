using System.Resources;
using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>"Payment received", "payment failed", "refund" and "card expiring" emails in the customer's language, with a one-time link into the portal.</summary>
internal static class PaymentEmail
{
    private static readonly EmailTexts Texts = new(new ResourceManager("Portal.Modules.Billing.Resources.EmailTexts", typeof(PaymentEmail).Assembly));

    public static EmailMessage Succeeded(Payment payment, string invoiceNumber, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        return Compose(
            contact,
            Texts.T(l, "Paid.Subject", contact.BusinessName),
            [
                Texts.T(l, "Hello", contact.CustomerName),
                Texts.T(l, "Paid.Body", Total(payment, l), payment.Description.In(l), CardBrand.Display(payment.CardBrand), payment.CardLastFour),
                Texts.T(l, "Paid.Invoice", invoiceNumber),
            ],
            new BrandedEmail.Button(Texts.T(l, "OpenPortal"), portalLink));
    }

    public static EmailMessage Failed(Payment payment, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        return Compose(
            contact,
            Texts.T(l, "Failed.Subject", contact.BusinessName),
            [
                Texts.T(l, "Hello", contact.CustomerName),
                Texts.T(l, "Failed.Body", Total(payment, l), payment.Description.In(l), CardBrand.Display(payment.CardBrand), payment.CardLastFour, ChargeTexts.DeclineReason(payment.FailureCode, l)),
                Texts.T(l, "Failed.Action"),
            ],
            new BrandedEmail.Button(Texts.T(l, "OpenPortal"), portalLink));
    }

    /// <summary>Money given back on the payment: how much of what, to which card, and when it arrives.</summary>
    public static EmailMessage Refunded(Payment payment, Money refunded, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        return Compose(
            contact,
            Texts.T(l, "Refunded.Subject", contact.BusinessName),
            [
                Texts.T(l, "Hello", contact.CustomerName),
                Texts.T(l, "Refunded.Body", contact.BusinessName, EmailTexts.Amount(refunded, l), Total(payment, l), payment.Description.In(l), CardBrand.Display(payment.CardBrand), payment.CardLastFour),
                Texts.T(l, "Refunded.Arrives"),
            ],
            new BrandedEmail.Button(Texts.T(l, "OpenPortal"), portalLink));
    }

    /// <summary>A card that pays active subscriptions expires soon: which, when, what it pays, and where to add another.</summary>
    public static EmailMessage CardExpiring(string brand, string lastFour, int expiryMonth, int expiryYear, IReadOnlyList<string> productNames, CustomerContact contact, string portalLink)
    {
        var l = contact.Language;
        var month = new DateTime(expiryYear, expiryMonth, 1).ToString("MMMM yyyy", Languages.Culture(l));
        return Compose(
            contact,
            Texts.T(l, "CardExpiring.Subject", CardBrand.Display(brand), lastFour),
            [
                Texts.T(l, "Hello", contact.CustomerName),
                Texts.T(l, "CardExpiring.Body", CardBrand.Display(brand), lastFour, month, contact.BusinessName, string.Join(", ", productNames)),
                Texts.T(l, "CardExpiring.Action"),
            ],
            new BrandedEmail.Button(Texts.T(l, "CardExpiring.Button"), portalLink));
    }

    private static string Total(Payment payment, string language) => EmailTexts.Amount(new Money(payment.Total, payment.Currency), language);

    private static EmailMessage Compose(CustomerContact contact, string subject, IReadOnlyList<string> paragraphs, BrandedEmail.Button button) =>
        new BrandedEmail(
            contact.CustomerEmail, contact.Language, subject, contact.BusinessName, contact.AccentColor, contact.ForegroundOnAccent, contact.BusinessSupportEmail, paragraphs, button)
            .Compose();
}
