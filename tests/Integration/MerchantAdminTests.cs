using System.Net;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class MerchantAdminTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Email = "owner@acme.example";
    private const string Password = "correct horse battery";

    /// <summary>The one answer for an unknown email, a wrong password and a locked account.</summary>
    internal const string Refusal = "The email or password is not correct, or there were too many attempts.";

    [Fact]
    public async Task A_merchant_signs_in_and_reaches_the_admin_area_but_not_the_jobs_dashboard()
    {
        await CreateMerchantAsync();
        var browser = new PortalPages(Factory);

        var signedIn = await SignInAsync(browser, Email, Password);
        var (admin, html) = await browser.GetAsync("/admin");
        var (jobs, _) = await browser.GetAsync("/ops/jobs");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Signed in as Owner", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, jobs.StatusCode);
    }

    [Fact]
    public async Task The_admin_area_and_jobs_dashboard_refuse_anyone_not_signed_in()
    {
        var browser = new PortalPages(Factory);

        var (admin, _) = await browser.GetAsync("/admin");
        var (jobs, _) = await browser.GetAsync("/ops/jobs");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/login", new Uri(Factory.BaseAddress, admin.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, jobs.StatusCode);
    }

    [Fact]
    public async Task A_customer_session_does_not_open_the_admin_area()
    {
        var (api, _) = await ApiClientAsync(BuildingBlocks.Contracts.Mode.Live);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api))));

        var (admin, _) = await browser.GetAsync("/admin");
        var (jobs, _) = await browser.GetAsync("/ops/jobs");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, jobs.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_message_as_an_unknown_email()
    {
        await CreateMerchantAsync();

        var wrongPassword = await SignInAsync(new PortalPages(Factory), Email, "not the password");
        var unknownEmail = await SignInAsync(new PortalPages(Factory), "nobody@acme.example", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        Assert.Contains(Refusal, await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Refusal, await unknownEmail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_even_for_the_right_password()
    {
        await CreateMerchantAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(new PortalPages(Factory), Email, "guess " + i);
        }

        var locked = await SignInAsync(new PortalPages(Factory), Email, Password);
        Factory.Time.Advance(TimeSpan.FromMinutes(15));
        var unlocked = await SignInAsync(new PortalPages(Factory), Email, Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains(Refusal, await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
    }

    [Fact]
    public async Task The_password_is_stored_only_as_a_hash()
    {
        await CreateMerchantAsync();

        var stored = await Database.ScalarAsync<string>(Factory, "SELECT password_hash FROM identity.merchant_users");

        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.True(stored.Length > 40);
    }

    private async Task CreateMerchantAsync()
    {
        var business = await CreateBusinessAsync();
        await Factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, Email, "Owner", Password)));
    }

    private static Task<HttpResponseMessage> SignInAsync(PortalPages browser, string email, string password) =>
        browser.SubmitFormAsync("/admin/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}
