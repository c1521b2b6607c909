using System.Net;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class HostTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await Factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/test/")]
    [InlineData("/admin/login")]
    public async Task Pages_carry_the_security_headers(string path)
    {
        var (response, _) = await new PortalPages(Factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Cookie_signing_keys_are_stored_encrypted()
    {
        // Any page with a form makes the host sign an antiforgery token, so the key ring exists.
        await new PortalPages(Factory).GetAsync("/admin/login");

        var xml = await Database.ScalarAsync<string>(Factory, "SELECT string_agg(xml, '') FROM host.data_protection_keys");

        Assert.Contains("aesGcmEncrypted", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_customer_api()
    {
        var json = await Factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/customers/{customer_id}/customer-portal/session", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_shows_a_friendly_not_found_page()
    {
        var (response, html) = await new PortalPages(Factory).GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_remembers_italian_and_returns_to_the_page()
    {
        var browser = new PortalPages(Factory, acceptLanguage: null);

        var switched = await browser.GetAsync("/test/language/it?returnUrl=%2F");
        var (_, html) = await browser.GetAsync("/test/");

        Assert.Equal("/test/", switched.Response.Headers.Location!.OriginalString);
        Assert.Contains("Il tuo portale clienti", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example")]
    public async Task The_language_switch_never_redirects_to_another_site(string returnUrl)
    {
        var (response, _) = await new PortalPages(Factory).GetAsync("/language/en?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
