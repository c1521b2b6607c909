using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support.StripeEmulator;

namespace Portal.Tests.Integration.Billing;

/// <summary>The Stripe tests' common steps: a customer whose card was saved through Stripe Checkout, and a charge of it.</summary>
public abstract class StripeIntegrationTest(StripeFixture fixture) : IntegrationTest<StripeFixture>(fixture)
{
    protected FakeStripe Stripe => Fixture.FakeStripe;

    /// <summary>
    /// A business and a test-mode customer whose default card was saved through the portal: "Add a card
    /// securely" redirects to a Checkout session in setup mode, finished on "Stripe's page" with
    /// <paramref name="card"/>, and Stripe's return address saves it.
    /// </summary>
    protected async Task<(BusinessId Business, string Customer)> CustomerWithStripeCardAsync(StripeTestCard card)
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));

        var returned = await SaveCardThroughCheckoutAsync(browser, card);

        Assert.EndsWith("done=added", returned.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return (business, customer);
    }

    /// <summary>Clicks "Add a card securely", completes the Checkout session it leads to, and comes back to the portal.</summary>
    private protected async Task<HttpResponseMessage> SaveCardThroughCheckoutAsync(PortalPages browser, StripeTestCard card, Func<string, string>? sessionIdSeenOnReturn = null)
    {
        var started = await browser.SubmitFormAsync("/test/portal/payment-methods", action: "/test/portal/payment-methods?handler=StartStripeSetup");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, started.StatusCode);
        var sessionId = started.Headers.Location!.Segments[^1];
        Stripe.CompleteCheckoutSession(sessionId, card);
        var returnedWith = sessionIdSeenOnReturn?.Invoke(sessionId) ?? sessionId;
        return await browser.Client.GetAsync($"/test/portal/payment-methods/stripe-return?session_id={returnedWith}");
    }

    /// <summary>
    /// 25.00 EUR plus 22% tax: 30.50 EUR, 3050 cents at Stripe; with <paramref name="returnUrl"/> the customer is present
    /// (3-D Secure may make it wait), and <paramref name="settleOnly"/> settles the payment of that key without starting one.
    /// </summary>
    protected Task<ChargeOutcome> ChargeAsync(BusinessId business, string customer, string idempotencyKey, string? returnUrl = null, bool settleOnly = false) =>
        Factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
            business.Value, Mode.Test, customer, idempotencyKey, "EUR", [new ChargeLine("Pro plan, one month", "prod_pro", 1, 2500, 2200)], "Pro plan",
            ReturnUrl: returnUrl, SettleOnly: settleOnly)));

    protected Task<string> PaymentStatusAsync(string paymentId) =>
        Database.ScalarAsync<string>(Factory, $"SELECT status FROM billing.payments WHERE id = '{paymentId}'");

    protected Task<long> CountAsync(string sql) => Database.ScalarAsync<long>(Factory, sql);

    protected Task<long> InvoicesOfAsync(string paymentId) => CountAsync($"SELECT count(*) FROM billing.invoices WHERE payment_id = '{paymentId}'");

    protected Task<long> OutboxEventsAsync<TEvent>()
        where TEvent : IntegrationEvent =>
        CountAsync($"SELECT count(*) FROM billing.outbox_messages WHERE event_type = '{IntegrationEventTypes.NameOf(typeof(TEvent))}'");
}
