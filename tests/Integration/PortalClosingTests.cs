using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class PortalClosingTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Closing_the_portal_ends_every_session_and_unused_link_of_the_business_in_both_modes()
    {
        var (test, business) = await ApiClientAsync(Mode.Test);
        var (live, _) = await ApiClientAsync(Mode.Live, business);
        var testCustomer = new PortalPages(Factory);
        await testCustomer.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(test, await CustomersApiTests.CreateCustomerAsync(test))));
        var liveCustomer = new PortalPages(Factory);
        await liveCustomer.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(live, await CustomersApiTests.CreateCustomerAsync(live))));
        var unused = PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(test, await CustomersApiTests.CreateCustomerAsync(test, email: "grace@example.com")));
        var merchant = await AdminArea.SignInAsync(Factory, business);

        await SetPortalOpenAsync(merchant, open: false);
        var (testSession, _) = await testCustomer.GetAsync("/test/portal");
        var (liveSession, _) = await liveCustomer.GetAsync("/portal");
        var (link, _) = await new PortalPages(Factory).GetAsync(unused);

        Assert.Equal(HttpStatusCode.Redirect, testSession.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, liveSession.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, link.StatusCode);
    }

    [Fact]
    public async Task A_closed_portal_says_so_sends_no_link_and_the_api_makes_none_until_reopened()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        var merchant = await AdminArea.SignInAsync(Factory, business);
        await SetPortalOpenAsync(merchant, open: false);

        var (page, html) = await new PortalPages(Factory).GetAsync($"/test/login/{business}");
        var asked = await new PortalPages(Factory).Client.PostAsync($"/test/login/{business}", new FormUrlEncodedContent(PortalPages.EmailField("ada@example.com")));
        var apiLink = await api.PostAsync($"/customers/{customer}/customer-portal/session", null);
        await Factory.DrainAsync();
        var mailedWhileClosed = await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages");

        await SetPortalOpenAsync(merchant, open: true);
        var reopened = await api.PostAsync($"/customers/{customer}/customer-portal/session", null);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("The customer portal of Acme Software is closed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" class=\"form\"", html, StringComparison.Ordinal);
        Assert.True((int)asked.StatusCode < 500);
        await CustomersApiTests.AssertErrorAsync(apiLink, HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(0L, mailedWhileClosed);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }

    [Fact]
    public async Task The_unified_portal_leaves_out_a_closed_business()
    {
        var (api, business) = await ApiClientAsync();
        var other = await CreateBusinessAsync("Globex Studio");
        await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        await CreateCustomerAsync(other, Mode.Test, "ada@example.com", "Ada at Globex");
        await SetPortalOpenAsync(await AdminArea.SignInAsync(Factory, business), open: false);
        var browser = new PortalPages(Factory);

        await SignInToUnifiedPortalAsync(browser, "ada@example.com");
        var (_, list) = await browser.GetAsync("/test/portal/businesses");

        Assert.Contains("Globex Studio", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme Software", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var business = await CreateBusinessAsync();
        var merchant = await AdminArea.SignInAsync(Factory, business);

        var forged = await merchant.Client.PostAsync(
            "/admin/settings?handler=Portal", new FormUrlEncodedContent(new Dictionary<string, string> { ["open"] = "false" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.businesses WHERE portal_closed_at IS NOT NULL"));
    }

    [Fact]
    public async Task Closing_the_portal_ends_the_unified_sessions_of_its_customers_emails()
    {
        var (api, business) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada");
        await SignInToUnifiedPortalAsync(new PortalPages(Factory), "ada@example.com");

        await SetPortalOpenAsync(await AdminArea.SignInAsync(Factory, business), open: false);

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions WHERE email IS NOT NULL AND ended_at IS NULL"));
    }

    private static Task<HttpResponseMessage> SetPortalOpenAsync(PortalPages merchant, bool open) =>
        merchant.SubmitFormAsync(
            "/admin/settings",
            new Dictionary<string, string> { ["open"] = open ? "true" : "false" },
            "/admin/settings?handler=Portal");
}
