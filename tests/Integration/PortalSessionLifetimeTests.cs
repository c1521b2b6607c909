using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Identity.Contracts.Maintenance;
using Portal.Modules.Identity.Infrastructure.Jobs;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class PortalSessionLifetimeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_opens_nothing()
    {
        var browser = await SignedInBrowserAsync();
        var stolenCookie = CookieHeader(browser);

        await browser.SubmitFormAsync("/test/portal", action: "/test/portal?handler=SignOut");
        var replay = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", stolenCookie);
        var response = await replay.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions WHERE ended_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_session_ends_after_an_hour_without_use()
    {
        var browser = await SignedInBrowserAsync();

        Factory.Time.Advance(TimeSpan.FromMinutes(59));
        var (stillIn, _) = await browser.GetAsync("/test/portal");
        Factory.Time.Advance(TimeSpan.FromMinutes(61));
        var (idle, _) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
    }

    [Fact]
    public async Task A_session_in_use_still_ends_twelve_hours_after_sign_in()
    {
        var browser = await SignedInBrowserAsync();
        for (var i = 0; i < 14; i++)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(50));
            var (during, _) = await browser.GetAsync("/test/portal");
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        Factory.Time.Advance(TimeSpan.FromMinutes(20));
        var (after, _) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Signing_in_replaces_any_cookie_planted_before_with_a_new_session()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        var first = CookieHeader(browser);

        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        var second = CookieHeader(browser);

        Assert.NotEqual(first, second);
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(DISTINCT id) FROM identity.portal_sessions"));
    }

    [Fact]
    public async Task The_purge_job_removes_what_can_no_longer_be_used_and_is_safe_to_run_twice()
    {
        var (api, business) = await ApiClientAsync();
        await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api))));
        await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api, email: "grace@example.com"));
        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", new Dictionary<string, string> { ["Email"] = "grace@example.com" });

        // Past the retention of both: sessions 30 days after they expired, links a week.
        Factory.Time.Advance(TimeSpan.FromDays(31));
        var first = await RunPurgeJobAsync();
        var second = await RunPurgeJobAsync();

        Assert.Equal(new PurgedAccess(Sessions: 1, Links: 2, RateLimitCounters: 3), first);
        Assert.Equal(new PurgedAccess(0, 0, 0), second);
    }

    [Fact]
    public async Task The_purge_job_keeps_recently_ended_sessions_and_recently_expired_links_which_still_open_nothing()
    {
        var browser = await SignedInBrowserAsync();
        var (api, _) = await ApiClientAsync();
        await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api, email: "grace@example.com"));

        Factory.Time.Advance(TimeSpan.FromDays(2));
        var purged = await RunPurgeJobAsync();

        // The session ended (idle) two days ago and stays for the record; the expired link stays a week to say "expired".
        Assert.Equal(new PurgedAccess(Sessions: 0, Links: 0, RateLimitCounters: 0), purged);
        var (after, _) = await browser.GetAsync("/test/portal");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private async Task<PurgedAccess> RunPurgeJobAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var before = await CountAccessRowsAsync();
        await scope.ServiceProvider.GetRequiredService<PurgeExpiredAccessJob>().RunAsync(CancellationToken.None);
        var after = await CountAccessRowsAsync();
        return new PurgedAccess(before.Sessions - after.Sessions, before.Links - after.Links, before.RateLimitCounters - after.RateLimitCounters);
    }

    private async Task<PurgedAccess> CountAccessRowsAsync() =>
        new(
            (int)await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions"),
            (int)await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"),
            (int)await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.rate_limit_counters"));

    private async Task<PortalPages> SignedInBrowserAsync()
    {
        var (api, _) = await ApiClientAsync();
        var browser = new PortalPages(Factory);
        var signedIn = await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api))));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    private string CookieHeader(PortalPages browser) => browser.Cookies.GetCookieHeader(Factory.BaseAddress);
}
