using System.Text;
using MimeKit;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Subscriptions;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration;

/// <summary>
/// A customer's emails, read back from the SMTP server, in each language the portal speaks: the subjects, the
/// greeting, what each payment was for and why a card was declined, all in the customer's language (issue 20).
/// </summary>
public sealed class EmailsInEveryLanguageTests(SmtpFixture fixture) : IntegrationTest<SmtpFixture>(fixture)
{
    public override Task InitializeAsync()
    {
        Fixture.Smtp.ClearReceivedEmail();
        return base.InitializeAsync();
    }

    [Theory]
    [InlineData(
        "en", "Hello Ada Lovelace,", "Pro plan — subscription", "Your bank declined the card.",
        "Payment method updated for your Pro plan subscription|Payment received by Acme Software|Your Pro plan subscription is on hold|Your Pro plan subscription was cancelled|Your payment to Acme Software did not go through")]
    [InlineData(
        "it", "Ciao Ada Lovelace,", "Pro plan — abbonamento", "La tua banca ha rifiutato la carta.",
        "Metodo di pagamento aggiornato per il tuo abbonamento Pro plan|Il tuo abbonamento Pro plan è sospeso|Il tuo abbonamento Pro plan è stato annullato|Il tuo pagamento ad Acme Software non è andato a buon fine|Pagamento ricevuto da Acme Software")]
    [InlineData(
        "de", "Hallo Ada Lovelace,", "Pro plan — Abonnement", "Ihre Bank hat die Karte abgelehnt.",
        "Zahlungsmethode für Ihr Abonnement Pro plan aktualisiert|Ihr Abonnement Pro plan ist ausgesetzt|Ihr Abonnement Pro plan wurde gekündigt|Ihre Zahlung an Acme Software ist fehlgeschlagen|Zahlung an Acme Software erhalten")]
    public async Task A_customers_receipts_failures_and_subscription_emails_come_in_their_language(
        string language, string greeting, string firstPayment, string declined, string subjects)
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        await Factory.SendAsync(s => s.SendAsync(new ChooseCustomerLanguageCommand(Mode.Test, customer, null, language)));
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);
        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, declining.PaymentMethodId)));
        await ChargeAsync(Factory, Charge(business, customer, "order-1", paymentMethodId: declining.PaymentMethodId));
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await SubscriptionArrangement.RenewAsync(Factory);
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, null, SubscriptionActor.Merchant, AtPeriodEnd: false)));
        await Factory.DrainAsync();

        var emails = await Task.WhenAll(Fixture.Smtp.ReceivedEmail.Select(e => MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(e.Data)))));

        Assert.Equal(subjects.Split('|').Order(StringComparer.Ordinal), emails.Select(e => e.Subject).Order(StringComparer.Ordinal));
        Assert.All(emails, e => Assert.StartsWith(greeting, e.TextBody, StringComparison.Ordinal));
        Assert.All(emails, e => Assert.Contains($"<html lang=\"{language}\">", e.HtmlBody, StringComparison.Ordinal));
        Assert.Single(emails, e => e.TextBody!.Contains(firstPayment, StringComparison.Ordinal));
        Assert.Single(emails, e => e.TextBody!.Contains(declined, StringComparison.Ordinal));
    }
}
