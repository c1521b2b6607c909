using System.Resources;
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
    private static readonly EmailTexts Texts = new(new ResourceManager("Portal.Modules.Subscriptions.Resources.EmailTexts", typeof(SubscriptionEmail).Assembly));

    /// <summary>
    /// On hold: the customer fixes the payment method, or, when their bank asked to authenticate the payment
    /// (<paramref name="confirmPayment"/>), confirms it with the same card.
    /// </summary>
    public static EmailMessage OnHold(SubscriptionFacts s, CustomerContact contact, string signInLink, bool confirmPayment) =>
        Compose(contact, contact.Language, T(contact.Language, "OnHold.Subject", s.ProductName),
            [T(contact.Language, "Hello", contact.CustomerName), T(contact.Language, "OnHold.Body", Amount(s.Dues, contact.Language), s.ProductName, contact.BusinessName), T(contact.Language, confirmPayment ? "OnHold.ConfirmAction" : "OnHold.Action")],
            new BrandedEmail.Button(T(contact.Language, confirmPayment ? "OnHold.ConfirmButton" : "OnHold.Button"), signInLink));

    public static EmailMessage Reactivated(SubscriptionFacts s, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "Reactivated.Subject", s.ProductName),
            [T(contact.Language, "Hello", contact.CustomerName), T(contact.Language, "Reactivated.Body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language))],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

    public static EmailMessage Cancelled(SubscriptionFacts s, CustomerContact contact, string portalLink, bool duesUnpaid) =>
        Compose(contact, contact.Language, T(contact.Language, "Cancelled.Subject", s.ProductName),
            [T(contact.Language, "Hello", contact.CustomerName), T(contact.Language, "Cancelled.Body", s.ProductName, contact.BusinessName, Date(s.AccessEndsAt, contact.Language)), .. duesUnpaid ? new[] { T(contact.Language, "Cancelled.Dues") } : []],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

    public static EmailMessage CancellationScheduled(SubscriptionFacts s, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "CancellationScheduled.Subject", s.ProductName, Date(s.PeriodEnd, contact.Language)),
            [T(contact.Language, "Hello", contact.CustomerName), T(contact.Language, "CancellationScheduled.Body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language))],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

    /// <summary>A scheduled cancellation undone: the subscription renews as before.</summary>
    public static EmailMessage CancellationUndone(SubscriptionFacts s, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "CancellationUndone.Subject", s.ProductName),
            [T(contact.Language, "Hello", contact.CustomerName), T(contact.Language, "CancellationUndone.Body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language))],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

    /// <summary>The card that pays the subscription changed: which one pays from now on, and whom to tell if it was not them.</summary>
    public static EmailMessage PaymentMethodChanged(SubscriptionFacts s, CustomerContact contact, string portalLink, string cardBrand, string lastFour) =>
        Compose(contact, contact.Language, T(contact.Language, "PaymentMethodChanged.Subject", s.ProductName),
            [
                T(contact.Language, "Hello", contact.CustomerName),
                T(contact.Language, "PaymentMethodChanged.Body", s.ProductName, contact.BusinessName, cardBrand, lastFour),
                T(contact.Language, "PaymentMethodChanged.Unknown", contact.BusinessSupportEmail ?? contact.BusinessName),
            ],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

    /// <summary>A renewal within 7 days for a yearly plan or longer: when, what it will charge, and where to change or cancel it.</summary>
    public static EmailMessage RenewalUpcoming(SubscriptionFacts s, Money renewal, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "RenewalUpcoming.Subject", s.ProductName, Date(s.PeriodEnd, contact.Language)),
            [
                T(contact.Language, "Hello", contact.CustomerName),
                T(contact.Language, "RenewalUpcoming.Body", s.ProductName, contact.BusinessName, Date(s.PeriodEnd, contact.Language), Amount(renewal, contact.Language)),
                T(contact.Language, "RenewalUpcoming.Action"),
            ],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

    /// <summary>A plan change: from and to, what was charged or credited now, and the next renewal.</summary>
    public static EmailMessage PlanChanged(PlanChangeFacts p, CustomerContact contact, string portalLink) =>
        Compose(contact, contact.Language, T(contact.Language, "PlanChanged.Subject", p.ToProductName),
            [
                T(contact.Language, "Hello", contact.CustomerName),
                T(contact.Language, "PlanChanged.Body", contact.BusinessName, p.FromProductName, p.ToProductName),
                .. p.Charged.MinorUnits > 0 ? new[] { T(contact.Language, "PlanChanged.Charged", Amount(p.Charged, contact.Language)) } : [],
                .. p.Credited.MinorUnits > 0 ? new[] { T(contact.Language, "PlanChanged.Credited", Amount(p.Credited, contact.Language)) } : [],
                T(contact.Language, "PlanChanged.Next", Date(p.NextBillingDate, contact.Language), Amount(p.NextRenewal, contact.Language)),
            ],
            new BrandedEmail.Button(T(contact.Language, "OpenPortal"), portalLink));

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
