using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class PortalSessionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_api_link_signs_the_customer_in_and_the_overview_shows_name_and_branding()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, name: "Ada Lovelace");
        var link = await CreateLinkAsync(api, customer);
        var browser = new PortalPages(Factory);

        var confirmed = await browser.SubmitFormAsync(PortalPages.PathOf(link));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/test/portal", confirmed.Headers.Location!.OriginalString);
        var (overview, html) = await browser.GetAsync("/test/portal");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("Hello, Ada Lovelace", html, StringComparison.Ordinal);
        Assert.Contains("Acme Software", html, StringComparison.Ordinal);
        Assert.Contains("--accent: #0f766e", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new Uri(link).Segments[^1], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_link_with_get_does_not_use_it()
    {
        var (api, _) = await ApiClientAsync();
        var link = await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api));
        var scanner = new PortalPages(Factory);

        for (var i = 0; i < 3; i++)
        {
            var (response, html) = await scanner.GetAsync(PortalPages.PathOf(link));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Sign in to Acme Software", html, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links WHERE consumed_at IS NOT NULL"));
        var (overview, _) = await scanner.GetAsync("/test/portal");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
    }

    [Fact]
    public async Task A_link_works_once()
    {
        var (api, _) = await ApiClientAsync();
        var link = PortalPages.PathOf(await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api)));
        await new PortalPages(Factory).SubmitFormAsync(link);

        var (response, html) = await new PortalPages(Factory).GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This sign-in link has already been used", html, StringComparison.Ordinal);
        Assert.Contains("Request a new one with the email of your purchase", html, StringComparison.Ordinal);
        Assert.Contains("Email me a new link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_expires_24_hours_after_it_was_created()
    {
        var (api, _) = await ApiClientAsync();
        var link = PortalPages.PathOf(await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api)));

        Factory.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var (stillValid, _) = await new PortalPages(Factory).GetAsync(link);
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var browser = new PortalPages(Factory);
        var (expired, html) = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This sign-in link has expired", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_link_shows_a_helpful_page_and_no_stack_trace()
    {
        var (response, html) = await new PortalPages(Factory).GetAsync("/test/session/not-a-real-token");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This sign-in link is not valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_mode_link_does_not_work_on_the_live_portal()
    {
        var (api, _) = await ApiClientAsync(Mode.Test);
        var link = PortalPages.PathOf(await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api)));
        var livePath = link.Replace("/test/", "/", StringComparison.Ordinal);

        var (response, html) = await new PortalPages(Factory).GetAsync(livePath);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("not valid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_concurrent_confirmations_of_one_link_sign_in_exactly_once()
    {
        var (api, _) = await ApiClientAsync();
        var link = PortalPages.PathOf(await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api)));
        var browsers = Enumerable.Range(0, 20).Select(_ => new PortalPages(Factory)).ToList();

        var submissions = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var browser in browsers)
        {
            submissions.Add(await browser.PrepareFormAsync(link));
        }

        var responses = await Task.WhenAll(submissions.Select(submit => submit()));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Gone));
    }

    [Fact]
    public async Task The_return_url_becomes_a_return_button()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var response = await api.PostAsync($"/customers/{customer}/customer-portal/session?return_url={Uri.EscapeDataString("https://acme.example/account")}", null);
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        var browser = new PortalPages(Factory);

        await browser.SubmitFormAsync(PortalPages.PathOf(link));
        var (_, html) = await browser.GetAsync("/test/portal");

        Assert.Contains("href=\"https://acme.example/account\"", html, StringComparison.Ordinal);
        Assert.Contains("Return to Acme Software", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task Refuses_a_return_url_that_is_not_https_or_allowed(string returnUrl)
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);

        var response = await api.PostAsync($"/customers/{customer}/customer-portal/session?return_url={Uri.EscapeDataString(returnUrl)}", null);

        await CustomersApiTests.AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "INVALID_RETURN_URL");
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (api, _) = await ApiClientAsync();
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api))));

        var signedOut = await browser.SubmitFormAsync("/test/portal", action: "/test/portal?handler=SignOut");
        var (after, _) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_live_session_does_not_open_the_test_portal()
    {
        var (live, _) = await ApiClientAsync(Mode.Live);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await CreateLinkAsync(live, await CustomersApiTests.CreateCustomerAsync(live))));

        var (liveOverview, _) = await browser.GetAsync("/portal");
        var (testOverview, _) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.OK, liveOverview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, testOverview.StatusCode);
    }

    [Fact]
    public async Task The_overview_speaks_italian_to_an_italian_browser()
    {
        var (api, _) = await ApiClientAsync();
        var browser = new PortalPages(Factory, acceptLanguage: "it-IT,it;q=0.9");
        await browser.SubmitFormAsync(PortalPages.PathOf(await CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api, name: "Ada"))));

        var (_, html) = await browser.GetAsync("/test/portal");

        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("Ciao, Ada", html, StringComparison.Ordinal);
        Assert.Contains("Modalità test", html, StringComparison.Ordinal);
    }

    internal static async Task<string> CreateLinkAsync(HttpClient api, string customerId)
    {
        var response = await api.PostAsync($"/customers/{customerId}/customer-portal/session", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
    }
}
