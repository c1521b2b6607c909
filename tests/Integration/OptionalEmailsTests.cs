using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Refunds;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration;

/// <summary>
/// The emails a customer expects beyond receipts and failures (issue 20): a refund, a changed payment method, an undone
/// cancellation. Each is sent once per event, in the customer's language, and the business turns each on or off in
/// <i>Settings → Emails</i>.
/// </summary>
public sealed class OptionalEmailsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_refund_emails_the_customer_once_in_their_language_with_what_came_back_and_where()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        await Factory.SendAsync(s => s.SendAsync(new ChooseCustomerLanguageCommand(Mode.Test, customer, null, "it")));
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1"));

        await Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, null, "requested_by_customer")));
        await Factory.DrainAsync();
        // Every event of Billing relayed again, as after a crash between the send and the mark.
        await Database.ExecuteAsync(Factory, "UPDATE billing.outbox_messages SET dispatched_on_utc = NULL");
        await Factory.DrainAsync();

        Assert.Equal(1L, await CountAsync("Rimborso da Acme Software"));
        var text = await BodyAsync("Rimborso da Acme Software");
        Assert.Contains("Acme Software ti ha rimborsato 12,20 € del tuo pagamento di 12,20 € per Piano Pro, sulla tua Visa che termina con 4242.", text, StringComparison.Ordinal);
        var signedIn = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(PortalPages.SessionLink().Match(text).Value));
        Assert.Equal("/test/portal/invoices", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_changed_payment_method_emails_which_card_pays_the_subscription_from_now_on()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        var mastercard = await AddCardAsync(Factory, business, customer, "5555555555554444", makeDefault: false);

        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, mastercard.PaymentMethodId)));
        await Factory.DrainAsync();

        Assert.Equal(1L, await CountAsync("Payment method updated for your Pro plan subscription"));
        var text = await BodyAsync("Payment method updated for your Pro plan subscription");
        Assert.Contains("From now on your Pro plan subscription with Acme Software is paid with your Mastercard ending in 4444.", text, StringComparison.Ordinal);
        Assert.Contains("If you did not make this change, contact", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_the_business_turns_off_is_not_sent_and_the_others_still_are()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var saved = await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["EmailsOn"] = "CancellationUndone" }, "/admin/settings?handler=Emails");
        var (_, settings) = await admin.GetAsync("/admin/settings");
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        var mastercard = await AddCardAsync(Factory, business, customer, "5555555555554444", makeDefault: false);
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1"));

        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, mastercard.PaymentMethodId)));
        await Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, null, null)));
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, AtPeriodEnd: true)));
        await Factory.SendAsync(s => s.SendAsync(new UpdateSubscriptionCommand(
            business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, CancelAtNextBillingDate: false)));
        await Factory.DrainAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Email settings saved.", settings, StringComparison.Ordinal);
        Assert.Contains("name=\"EmailsOn\" value=\"CancellationUndone\" checked=\"checked\"", settings, StringComparison.Ordinal);
        Assert.Contains("name=\"EmailsOn\" value=\"RefundIssued\" aria-describedby", settings, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("Refund from Acme Software"));
        Assert.Equal(0L, await CountAsync("Payment method updated for your Pro plan subscription"));
        Assert.Equal(1L, await CountAsync("Your Pro plan subscription continues"));
        Assert.Equal(2L, await CountAsync("Payment received by Acme Software"));
    }

    [Fact]
    public async Task A_value_that_names_no_email_turns_nothing_on()
    {
        var (business, _) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var saved = await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["EmailsOn"] = "Everything" }, "/admin/settings?handler=Emails");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            "{CardExpiring,CancellationUndone,PaymentMethodChanged,RefundIssued,RenewalUpcoming}",
            await Database.ScalarAsync<string>(Factory, $"SELECT emails_off::text FROM identity.businesses WHERE id = '{business}'"));
    }

    private Task<long> CountAsync(string subject) =>
        Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM host.dev_mailbox_messages WHERE subject = '{subject}'");

    private Task<string> BodyAsync(string subject) =>
        Database.ScalarAsync<string>(Factory, $"SELECT text_body FROM host.dev_mailbox_messages WHERE subject = '{subject}'");
}
