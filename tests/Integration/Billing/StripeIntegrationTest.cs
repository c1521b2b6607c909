using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support.StripeEmulator;

namespace Portal.Tests.Integration.Billing;

/// <summary>The Stripe tests' common steps: a customer whose card was saved through Stripe Checkout, a charge of it, and a signed Stripe event.</summary>
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

    private const string TestModeEndpoint = "/test/webhooks/stripe";

    /// <summary>A Stripe event of <paramref name="type"/> about the intent as the emulator holds it now.</summary>
    protected string EventAbout(string intentId, string type) => EventJson(Stripe.PaymentIntent(intentId), type);

    protected string EventJson(JsonNode intent, string type) => new JsonObject
    {
        ["id"] = "evt_" + Guid.NewGuid().ToString("N")[..24],
        ["object"] = "event",
        ["api_version"] = "2026-10-28.endive",
        ["created"] = Factory.Time.GetUtcNow().ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
        ["data"] = new JsonObject { ["object"] = intent },
    }.ToJsonString();

    protected string Sign(string body) => SignatureOf(body, StripeFixture.WebhookSecret, Factory.Time.GetUtcNow());

    /// <summary>Stripe's signature scheme: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the endpoint secret&gt;</c>.</summary>
    protected static string SignatureOf(string body, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    protected async Task<HttpResponseMessage> PostWebhookAsync(string body, Func<string, string?> signature, string path = TestModeEndpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature(body) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", header);
        }

        return await Factory.CreateClient().SendAsync(request);
    }
}
