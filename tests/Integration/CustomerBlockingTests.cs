using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Application.Caching;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class CustomerBlockingTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Blocking_a_customer_ends_their_session_and_unused_links_at_once()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        var signedIn = new PortalPages(Factory);
        await signedIn.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        var unusedLink = PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer));
        var merchant = await AdminArea.SignInAsync(Factory, business);

        var blocked = await SetBlockedAsync(merchant, customer, blocked: true);
        var (session, _) = await signedIn.GetAsync("/test/portal");
        var (link, linkPage) = await new PortalPages(Factory).GetAsync(unusedLink);
        var read = await api.GetFromJsonAsync<JsonElement>($"/customers/{customer}");

        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, link.StatusCode);
        Assert.Contains("expired", linkPage, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(read.GetProperty("blocked_at").GetString(), out _));
    }

    [Fact]
    public async Task A_blocked_customer_gets_no_new_link_from_the_api_or_the_static_link_until_unblocked()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        var merchant = await AdminArea.SignInAsync(Factory, business);
        await SetBlockedAsync(merchant, customer, blocked: true);

        var apiLink = await api.PostAsync($"/customers/{customer}/customer-portal/session", null);
        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();
        var mailedWhileBlocked = await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages");

        await SetBlockedAsync(merchant, customer, blocked: false);
        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();

        await CustomersApiTests.AssertErrorAsync(apiLink, HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(0L, mailedWhileBlocked);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
    }

    [Fact]
    public async Task The_unified_portal_no_longer_lists_the_business_that_blocked_the_customer()
    {
        var (api, business) = await ApiClientAsync();
        var other = await CreateBusinessAsync("Globex Studio");
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        await CreateCustomerAsync(other, Mode.Test, "ada@example.com", "Ada at Globex");
        var merchant = await AdminArea.SignInAsync(Factory, business);
        await SetBlockedAsync(merchant, customer, blocked: true);
        var browser = new PortalPages(Factory);

        await SignInToUnifiedPortalAsync(browser, "ada@example.com");
        var (_, list) = await browser.GetAsync("/test/portal/businesses");

        Assert.Contains("Globex Studio", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme Software", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unified_session_that_had_opened_the_business_can_change_nothing_once_the_customer_is_blocked()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");
        await browser.SubmitFormAsync("/test/portal/businesses", new Dictionary<string, string> { ["open"] = business.Value }, "/test/portal/businesses?handler=Open");
        var submitProfile = await browser.PrepareFormAsync("/test/portal/profile", new Dictionary<string, string> { ["Name"] = "Mallory" });

        await SetBlockedAsync(await AdminArea.SignInAsync(Factory, business), customer, blocked: true);
        var changed = await submitProfile();
        var (overview, _) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.Equal("Ada", await Database.ScalarAsync<string>(Factory, "SELECT name FROM identity.customers"));
    }

    /// <summary>
    /// The block is written straight to the row, as any write path might, so that only the per-request check
    /// stands between the unified session (which names an email, not the customer) and the business.
    /// </summary>
    [Fact]
    public async Task A_blocked_customers_unified_session_is_refused_on_every_portal_route_and_changes_nothing()
    {
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada"));
        var card = await Billing.BillingArrangement.AddCardAsync(Factory, business, customer);
        var browser = await UnifiedSessionAtAsync(business);
        var removeCard = await browser.PrepareFormAsync(
            "/test/portal/payment-methods", new Dictionary<string, string> { ["paymentMethodId"] = card.PaymentMethodId }, "/test/portal/payment-methods?handler=Remove");
        var (before, _) = await browser.GetAsync("/test/portal/payment-methods");

        await Database.ExecuteAsync(Factory, "UPDATE identity.customers SET blocked_at = now()");
        await Factory.Services.GetRequiredService<IReadCache>().CatchUpAsync(CancellationToken.None);
        var removed = await removeCard();
        var answers = new List<(string Path, HttpStatusCode Status)>();
        foreach (var path in PortalRoutes)
        {
            answers.Add((path, (await browser.GetAsync(path)).Response.StatusCode));
        }

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.All(answers, answer => Assert.Equal((answer.Path, HttpStatusCode.Redirect), answer));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payment_methods WHERE removed_at IS NULL"));
    }

    [Fact]
    public async Task Blocking_a_customer_ends_the_unified_sessions_of_their_email_in_that_mode()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        await UnifiedSessionAtAsync(business);

        await SetBlockedAsync(await AdminArea.SignInAsync(Factory, business), customer, blocked: true);

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions WHERE email IS NOT NULL AND ended_at IS NULL"));
    }

    /// <summary>Every page of a customer's portal, with made-up ids where the route needs one: none may answer before the session check.</summary>
    internal static readonly string[] PortalRoutes =
    [
        "/test/portal", "/test/portal/invoices", "/test/portal/invoices/pay_0000000000000000000000/pdf", "/test/portal/payment-methods",
        "/test/portal/payment-methods/stripe-return", "/test/portal/profile", "/test/portal/licenses", "/test/portal/licenses/lk_00000000000000000000/file",
        "/test/portal/subscriptions", "/test/portal/subscriptions/sub_0000000000000000000000", "/test/portal/subscriptions/sub_0000000000000000000000/cancel",
        "/test/portal/subscriptions/sub_0000000000000000000000/change-plan", "/test/portal/subscriptions/sub_0000000000000000000000/billing",
        "/test/portal/subscriptions/sub_0000000000000000000000/payment-method",
    ];

    private async Task<PortalPages> UnifiedSessionAtAsync(BusinessId business)
    {
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");
        await browser.SubmitFormAsync("/test/portal/businesses", new Dictionary<string, string> { ["open"] = business.Value }, "/test/portal/businesses?handler=Open");
        return browser;
    }

    [Fact]
    public async Task Blocking_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var merchant = await AdminArea.SignInAsync(Factory, business);

        var forged = await merchant.Client.PostAsync(
            $"/admin/customers/{customer}?mode=test&handler=Block", new FormUrlEncodedContent(new Dictionary<string, string> { ["blocked"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.customers WHERE blocked_at IS NOT NULL"));
    }

    private static Task<HttpResponseMessage> SetBlockedAsync(PortalPages merchant, string customer, bool blocked) =>
        merchant.SubmitFormAsync(
            $"/admin/customers/{customer}?mode=test",
            new Dictionary<string, string> { ["blocked"] = blocked ? "true" : "false" },
            $"/admin/customers/{customer}?mode=test&handler=Block");
}
