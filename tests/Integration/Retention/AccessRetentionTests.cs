using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Maintenance;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Modules.Identity.Infrastructure.Jobs;

namespace Portal.Tests.Integration.Retention;

public sealed class AccessRetentionTests(RetentionFixture fixture) : IntegrationTest<RetentionFixture>(fixture)
{
    [Fact]
    public async Task Ended_sessions_stay_thirty_days_after_they_expire_then_go_in_batches()
    {
        var (api, _) = await ApiClientAsync();
        var browsers = new List<PortalPages>();
        for (var i = 0; i < 4; i++)
        {
            browsers.Add(await SignInAsync(api, $"buyer{i}@example.com"));
        }

        await browsers[0].SubmitFormAsync("/test/portal", action: "/test/portal?handler=SignOut");
        await browsers[1].SubmitFormAsync("/test/portal", action: "/test/portal?handler=SignOut");

        Factory.Time.Advance(TimeSpan.FromDays(29));
        var month = await RunPurgeJobAsync();
        var recent = await SignInAsync(api, "late@example.com");
        Factory.Time.Advance(TimeSpan.FromDays(2));
        var later = await RunPurgeJobAsync();
        var again = await RunPurgeJobAsync();

        // The four links, used at sign-in, expired 24 hours after they were made: a week later they go.
        Assert.Equal(new PurgedAccess(Sessions: 0, Links: 4, RateLimitCounters: 0), month);
        Assert.Equal(new PurgedAccess(Sessions: 4, Links: 0, RateLimitCounters: 0), later);
        Assert.Equal(new PurgedAccess(0, 0, 0), again);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions"));
        Assert.Equal(HttpStatusCode.Redirect, (await browsers[2].GetAsync("/test/portal")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await recent.GetAsync("/test/portal")).Response.StatusCode);
    }

    [Fact]
    public async Task Old_staff_sessions_and_password_links_go_and_a_live_staff_session_stays()
    {
        var business = await CreateBusinessAsync();
        await AdminArea.SignInAsync(Factory, business);
        await Factory.SendAsync(s => s.SendAsync(new InviteTeamMemberCommand(business, "bea@acme.example", "Bea", MerchantRole.Support, "en")));

        Factory.Time.Advance(TimeSpan.FromDays(40));
        var fresh = await AdminArea.SignInAsync(Factory, business, "late@acme.example");
        await RunPurgeJobAsync();

        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.staff_sessions"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.password_setup_links"));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin")).Response.StatusCode);
    }

    private async Task<PortalPages> SignInAsync(HttpClient api, string email)
    {
        var browser = new PortalPages(Factory);
        var customer = await CustomersApiTests.CreateCustomerAsync(api, email);
        var signedIn = await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    private async Task<PurgedAccess> RunPurgeJobAsync()
    {
        var before = await CountAsync();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PurgeExpiredAccessJob>().RunAsync(CancellationToken.None);
        }

        var after = await CountAsync();
        return new PurgedAccess(before.Sessions - after.Sessions, before.Links - after.Links, before.RateLimitCounters - after.RateLimitCounters);
    }

    private async Task<PurgedAccess> CountAsync() =>
        new(
            (int)await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions"),
            (int)await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"),
            (int)await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.rate_limit_counters"));
}
