using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class AdminAccessTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string> AdminPages =>
    [
        "/admin",
        "/admin/customers",
        "/admin/customers?mode=live&q=ada",
        "/admin/customers/cus_doesnotexist00000000000",
        "/admin/api-keys",
        "/admin/api-keys/0197a5d2-9f8e-7c1b-a000-000000000001/revoke",
        "/admin/settings",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Someone_not_signed_in_is_sent_to_the_merchant_sign_in(string path)
    {
        var (response, _) = await new PortalPages(Factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", new Uri(Factory.BaseAddress, response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_customer_portal_session_does_not_open_admin_pages(string path)
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live);
        var (api, _) = await ApiClientAsync(Mode.Live, business);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));
        var (portal, _) = await browser.GetAsync("/portal");

        var (response, _) = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", new Uri(Factory.BaseAddress, response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_portal_session_cannot_post_to_admin_pages()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live);
        var (api, _) = await ApiClientAsync(Mode.Live, business);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));

        // The customer's own page supplies a valid antiforgery token: only the missing admin sign-in stops them.
        var created = await browser.SubmitFormAsync("/portal", new Dictionary<string, string> { ["KeyName"] = "Stolen" }, "/admin/api-keys?mode=live");
        var settings = await browser.SubmitFormAsync("/portal", new Dictionary<string, string> { ["BusinessName"] = "Hacked", ["AccentColor"] = "#000000" }, "/admin/settings");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.api_keys"));
        Assert.Equal("Acme Software", await Database.ScalarAsync<string>(Factory, $"SELECT name FROM identity.businesses WHERE id = '{business}'"));
    }

    [Fact]
    public async Task Every_admin_post_without_an_antiforgery_token_is_refused_and_changes_nothing()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        await CreateApiKeyAsync(business);
        var keyId = await Database.ScalarAsync<Guid>(Factory, "SELECT id FROM identity.api_keys");
        var admin = await AdminArea.SignInAsync(Factory, business);
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/admin/customers/{customer}?mode=test&handler=Generate"] = [],
            [$"/admin/customers/{customer}?mode=test&handler=Email"] = [],
            ["/admin/api-keys?mode=test"] = new() { ["KeyName"] = "Forged" },
            [$"/admin/api-keys/{keyId}/revoke?mode=test"] = [],
            ["/admin/settings?mode=test"] = new() { ["BusinessName"] = "Forged", ["AccentColor"] = "#000000" },
            ["/admin?handler=SignOut"] = [],
        };

        foreach (var (path, fields) in posts)
        {
            var response = await admin.Client.PostAsync(path, new FormUrlEncodedContent(fields));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} answered {(int)response.StatusCode}");
        }

        await Factory.DrainAsync();
        var (stillSignedIn, _) = await admin.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.api_keys WHERE revoked_at IS NULL"));
        Assert.Equal("Acme Software", await Database.ScalarAsync<string>(Factory, $"SELECT name FROM identity.businesses WHERE id = '{business}'"));
    }

    [Fact]
    public async Task A_nul_byte_in_an_admin_form_is_refused_without_a_server_error_and_changes_nothing()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await admin.SubmitFormAsync("/admin/api-keys", new Dictionary<string, string> { ["KeyName"] = "key\0name" }, "/admin/api-keys?mode=test");
        var settings = await admin.SubmitFormAsync(
            "/admin/settings", new Dictionary<string, string> { ["BusinessName"] = "Evil\0Name", ["AccentColor"] = "#000000" }, "/admin/settings?mode=test");

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, settings.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.api_keys"));
        Assert.Equal("Acme Software", await Database.ScalarAsync<string>(Factory, $"SELECT name FROM identity.businesses WHERE id = '{business}'"));
    }

    [Fact]
    public async Task Every_admin_page_carries_the_navigation_and_the_mode_in_its_links()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live);
        var admin = await AdminArea.SignInAsync(Factory, business);

        foreach (var path in new[] { "/admin?mode=live", "/admin/customers?mode=live", $"/admin/customers/{customer}?mode=live", "/admin/api-keys?mode=live", "/admin/settings?mode=live" })
        {
            var (response, html) = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<nav class=\"admin-nav\" aria-label=\"Admin area\">", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/admin/customers?mode=live\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/admin/settings?mode=live\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/admin/team?mode=live\"", html, StringComparison.Ordinal);
            Assert.Contains("Live mode: real customers and real money.", html, StringComparison.Ordinal);
            Assert.Contains("action=\"/admin?handler=SignOut\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_out_from_the_navigation_ends_the_admin_session()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var signedOut = await admin.SubmitFormAsync("/admin/customers", action: "/admin?handler=SignOut");
        var (after, _) = await admin.GetAsync("/admin/customers");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
