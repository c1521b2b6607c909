using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Licensing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>
/// The unified portal after one email sign-in (issue 20): every business of the email with its current subscriptions,
/// on hold first, each opened on its own page without signing in again; nothing of another email, mode or business.
/// </summary>
public sealed class UnifiedDashboardTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Ada_sees_her_subscriptions_at_every_business_together_and_nobody_elses()
    {
        var (acme, globex, acmePro, globexTeam) = await AdaAtTwoBusinessesAsync();
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");

        var (response, html) = await browser.GetAsync("/test/portal/businesses");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Acme Pro", html, StringComparison.Ordinal);
        Assert.Contains("Globex Team", html, StringComparison.Ordinal);
        Assert.Contains("Resolve the payment for Globex Team", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{globex}/portal/subscriptions/{globexTeam}/payment-method\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{acme}/portal/subscriptions/{acmePro}\"", html, StringComparison.Ordinal);
        Assert.Contains("Manage Acme Pro", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Plan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No current subscriptions.", html, StringComparison.Ordinal);
        Assert.Contains(".accent-0 { border-top: 6px solid #0f766e; }", html, StringComparison.Ordinal);
        Assert.Contains(".accent-1 { border-top: 6px solid #b45309; }", html, StringComparison.Ordinal);
        Assert.True(
            html.IndexOf("Globex Team", StringComparison.Ordinal) > html.IndexOf("Globex Studio", StringComparison.Ordinal),
            "Each subscription is listed under its own business.");
    }

    [Fact]
    public async Task A_subscription_opens_on_its_own_page_at_its_business_without_a_new_sign_in_and_only_there()
    {
        var (acme, globex, _, globexTeam) = await AdaAtTwoBusinessesAsync();
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");

        var opened = await browser.SubmitFormAsync(
            "/test/portal/businesses", new Dictionary<string, string> { ["open"] = globex.Value + $"/portal/subscriptions/{globexTeam}/payment-method" },
            "/test/portal/businesses?handler=Open");
        var (page, html) = await browser.GetAsync(opened.Headers.Location!.OriginalString);
        var offsite = await browser.SubmitFormAsync(
            "/test/portal/businesses", new Dictionary<string, string> { ["open"] = acme.Value + "//evil.example/portal/x" },
            "/test/portal/businesses?handler=Open");
        var (wrongBusiness, _) = await browser.GetAsync($"/test/portal/subscriptions/{globexTeam}");

        Assert.Equal($"/test/portal/subscriptions/{globexTeam}/payment-method", opened.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Globex Team", html, StringComparison.Ordinal);
        Assert.Equal("/test/portal", offsite.Headers.Location!.OriginalString);
        // Now at Acme: Globex's subscription is not this customer's.
        Assert.Equal(HttpStatusCode.NotFound, wrongBusiness.StatusCode);
    }

    [Fact]
    public async Task Her_license_keys_show_under_their_business_and_open_its_keys_page_and_nobody_elses_show()
    {
        var (acme, acmeAda) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (globex, grace) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "grace@example.com");
        await SubscriptionArrangement.CustomerWithCardAsync(Factory, business: globex);
        await LicensingArrangement.BuyAsync(Factory, acme, acmeAda, await LicensingArrangement.LicensedProductAsync(Factory, acme, name: "Acme Desktop"));
        await LicensingArrangement.BuyAsync(Factory, globex, grace, await LicensingArrangement.LicensedProductAsync(Factory, globex, name: "Grace Desktop"));
        var adaKey = Assert.Single(await LicensingArrangement.KeysAsync(Factory, acme, acmeAda)).Key;
        var graceKey = Assert.Single(await LicensingArrangement.KeysAsync(Factory, globex, grace)).Key;
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");

        var (_, html) = await browser.GetAsync("/test/portal/businesses");
        var opened = await browser.SubmitFormAsync(
            "/test/portal/businesses", new Dictionary<string, string> { ["open"] = acme.Value + "/portal/licenses" }, "/test/portal/businesses?handler=Open");

        Assert.Contains("Acme Desktop", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{adaKey.Key}</code>", html, StringComparison.Ordinal);
        Assert.Contains("0 of 3 in use", html, StringComparison.Ordinal);
        Assert.Contains("Manage license keys at Acme Software", html, StringComparison.Ordinal);
        Assert.DoesNotContain(graceKey.Key, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Desktop", html, StringComparison.Ordinal);
        Assert.Equal("/test/portal/licenses", opened.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_business_where_the_email_has_no_current_subscription_says_so()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        await CreateCustomerAsync(acme, Mode.Test, "ada@example.com", "Ada");
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");

        var (_, html) = await browser.GetAsync("/test/portal/businesses");

        Assert.Contains("No current subscriptions.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_billing_history_lists_every_businesss_payments_newest_first_and_downloads_only_her_invoices()
    {
        var (acme, globex, acmePro, _) = await AdaAtTwoBusinessesAsync();
        var stranger = await CreateBusinessAsync("Stranger Ltd");
        var acmePayment = await FirstPaymentAsync(acmePro);
        var gracePayment = await Database.ScalarAsync<string>(
            Factory, $"SELECT p.id FROM billing.payments p JOIN subscriptions.subscriptions s ON s.id = p.subscription_id JOIN subscriptions.products d ON d.id = s.product_id WHERE d.name = 'Grace Plan'");
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");

        var (page, html) = await browser.GetAsync("/test/portal/history");
        var pdf = await browser.Client.GetAsync($"/test/portal/history?handler=Pdf&business={acme}&payment={acmePayment}");
        var wrongBusiness = await browser.Client.GetAsync($"/test/portal/history?handler=Pdf&business={globex}&payment={acmePayment}");
        var notHers = await browser.Client.GetAsync($"/test/portal/history?handler=Pdf&business={globex}&payment={gracePayment}");
        var notHerBusiness = await browser.Client.GetAsync($"/test/portal/history?handler=Pdf&business={stranger}&payment={acmePayment}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Acme Pro", html, StringComparison.Ordinal);
        Assert.Contains("Globex Team", html, StringComparison.Ordinal);
        Assert.Contains("<td>Acme Software</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Globex Studio</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Grace Plan", html, StringComparison.Ordinal);
        // Globex's first payment came a minute after Acme's: it is the first row.
        Assert.True(html.IndexOf("Globex Team", StringComparison.Ordinal) < html.IndexOf("Acme Pro", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.All([wrongBusiness, notHers, notHerBusiness], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task A_business_session_has_no_unified_history()
    {
        var (browser, _, _) = await SignedInWithCardAsync();

        var (page, _) = await browser.GetAsync("/test/portal/history");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/test/portal", page.Headers.Location!.OriginalString);
    }

    private Task<string> FirstPaymentAsync(string subscriptionId) =>
        Database.ScalarAsync<string>(Factory, $"SELECT id FROM billing.payments WHERE subscription_id = '{subscriptionId}' ORDER BY created_at LIMIT 1");

    /// <summary>
    /// Ada at Acme (Acme Pro, active) and, a minute later, at Globex (Globex Team, on hold), in test mode, and Grace at
    /// Globex (Grace Plan), who must never show.
    /// </summary>
    private async Task<(BusinessId Acme, BusinessId Globex, string AcmePro, string GlobexTeam)> AdaAtTwoBusinessesAsync()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        var globex = await CreateBusinessAsync("Globex Studio", "#b45309");
        var acmePro = await SubscribedAsync(acme, "ada@example.com", "Acme Pro");
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var globexTeam = await SubscribedAsync(globex, "ada@example.com", "Globex Team");
        await SubscribedAsync(globex, "grace@example.com", "Grace Plan");
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(globex, Mode.Test, globexTeam, SimulateDecline: true)));
        return (acme, globex, acmePro, globexTeam);
    }

    private async Task<string> SubscribedAsync(BusinessId business, string email, string plan)
    {
        var (_, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: email, business: business);
        var product = await SubscriptionArrangement.PlanAsync(Factory, business, name: plan);
        return (await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, product)).Id;
    }
}
