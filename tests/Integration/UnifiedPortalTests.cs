using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class UnifiedPortalTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task One_sign_in_opens_every_business_of_the_email_and_switches_without_signing_in_again()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        var globex = await CreateBusinessAsync("Globex Studio", "#b45309");
        await CreateCustomerAsync(acme, Mode.Test, "ada@example.com", "Ada at Acme");
        await CreateCustomerAsync(globex, Mode.Test, "Ada@Example.com", "Ada at Globex");
        var browser = new PortalPages(Factory);

        var confirmed = await SignInUnifiedAsync(browser, "ada@example.com");
        var (_, chooser) = await browser.GetAsync("/test/portal/businesses");
        var openGlobex = await browser.SubmitFormAsync("/test/portal/businesses", OpenField(globex), "/test/portal/businesses?handler=Open");
        var (_, globexPage) = await browser.GetAsync("/test/portal");
        await browser.SubmitFormAsync("/test/portal/businesses", OpenField(acme), "/test/portal/businesses?handler=Open");
        var (_, acmePage) = await browser.GetAsync("/test/portal");

        Assert.Equal("/test/portal/businesses", confirmed.Headers.Location!.OriginalString);
        Assert.Contains("Acme Software", chooser, StringComparison.Ordinal);
        Assert.Contains("Globex Studio", chooser, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, openGlobex.StatusCode);
        Assert.Contains("Hello, Ada at Globex", globexPage, StringComparison.Ordinal);
        Assert.Contains("All my businesses", globexPage, StringComparison.Ordinal);
        Assert.Contains("Hello, Ada at Acme", acmePage, StringComparison.Ordinal);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions"));
    }

    [Fact]
    public async Task A_unified_session_cannot_open_a_business_where_the_email_is_not_a_customer()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        var stranger = await CreateBusinessAsync("Stranger Things Ltd");
        await CreateCustomerAsync(acme, Mode.Test, "ada@example.com", "Ada");
        await CreateCustomerAsync(stranger, Mode.Test, "bob@example.com", "Bob");
        var browser = new PortalPages(Factory);
        await SignInUnifiedAsync(browser, "ada@example.com");

        var (_, chooser) = await browser.GetAsync("/test/portal/businesses");
        var forged = await browser.SubmitFormAsync("/test/portal/businesses", OpenField(stranger), "/test/portal/businesses?handler=Open");

        Assert.DoesNotContain("Stranger Things", chooser, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_business_session_never_reaches_the_list_of_other_businesses()
    {
        var (api, _) = await ApiClientAsync();
        var other = await CreateBusinessAsync("Globex Studio");
        var customer = await CustomersApiTests.CreateCustomerAsync(api, email: "ada@example.com");
        await CreateCustomerAsync(other, Mode.Test, "ada@example.com", "Ada elsewhere");
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));

        var (list, _) = await browser.GetAsync("/test/portal/businesses");
        var forged = await browser.SubmitFormAsync("/test/portal", new Dictionary<string, string> { ["open"] = other.Value }, "/test/portal/businesses?handler=Open");
        var (_, overview) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.DoesNotContain("Ada elsewhere", overview, StringComparison.Ordinal);
        Assert.Contains("Acme Software", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_no_email()
    {
        var acme = await CreateBusinessAsync();
        await CreateCustomerAsync(acme, Mode.Test, "ada@example.com", "Ada");

        var known = await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("ada@example.com"));
        var unknown = await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("nobody@example.com"));
        await Factory.DrainAsync();

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(
            PortalPages.WithoutPerRequestValues(await known.Content.ReadAsStringAsync()).Replace("ada@example.com", "EMAIL", StringComparison.Ordinal),
            PortalPages.WithoutPerRequestValues(await unknown.Content.ReadAsStringAsync()).Replace("nobody@example.com", "EMAIL", StringComparison.Ordinal));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE \"to\" = 'nobody@example.com'"));
    }

    [Fact]
    public async Task The_link_is_emailed_to_the_stored_address_not_to_the_address_as_typed()
    {
        var acme = await CreateBusinessAsync();
        await CreateCustomerAsync(acme, Mode.Test, "sec-user@example.com", "Sec User");

        await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("  SEC-User@EXAMPLE.com "));
        await Factory.DrainAsync();

        Assert.Equal("sec-user@example.com", await Database.ScalarAsync<string>(Factory, "SELECT string_agg(\"to\", ',') FROM host.dev_mailbox_messages"));
        var signedIn = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(await MailedLinkAsync("sec-user@example.com")));
        Assert.Equal("/test/portal/businesses", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_email_at_twenty_businesses_with_long_names_gets_its_link_naming_the_first_three()
    {
        for (var i = 1; i <= 20; i++)
        {
            var business = await CreateBusinessAsync($"A business with a rather long trading name, number {i:00}");
            await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada");
        }

        await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();

        var subject = await Database.ScalarAsync<string>(Factory, "SELECT subject FROM host.dev_mailbox_messages WHERE \"to\" = 'ada@example.com'");
        Assert.Equal(
            "Your sign-in link for A business with a rather long trading name, number 01, A business with a rather long trading name, number 02, "
            + "A business with a rather long trading name, number 03, …",
            subject);
        var signedIn = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(await MailedLinkAsync("ada@example.com")));
        Assert.Equal("/test/portal/businesses", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_test_mode_unified_sign_in_does_not_see_live_purchases()
    {
        var acme = await CreateBusinessAsync();
        await CreateCustomerAsync(acme, Mode.Live, "ada@example.com", "Ada live");

        await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
    }

    [Fact]
    public async Task The_confirm_page_of_a_unified_link_names_the_customer_portal()
    {
        var acme = await CreateBusinessAsync();
        await CreateCustomerAsync(acme, Mode.Test, "ada@example.com", "Ada");
        await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();

        var (_, html) = await new PortalPages(Factory).GetAsync(PortalPages.PathOf(await MailedLinkAsync("ada@example.com")));

        Assert.Contains("<h1>Sign in to Customer portal</h1>", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SignInUnifiedAsync(PortalPages browser, string email)
    {
        var confirmed = await SignInToUnifiedPortalAsync(browser, email);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return confirmed;
    }

    private static Dictionary<string, string> OpenField(BusinessId business) => new() { ["open"] = business.Value };
}
