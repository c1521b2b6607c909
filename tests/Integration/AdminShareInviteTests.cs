using System.Net;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed partial class AdminShareInviteTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_generated_dynamic_link_is_shown_once_and_signs_the_customer_in()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var admin = await AdminArea.SignInAsync(Factory, business);
        var page = $"/admin/customers/{customer}?mode=test";

        var generated = await admin.SubmitFormAsync(page, action: $"/admin/customers/{customer}?mode=test&handler=Generate");
        var html = await generated.Content.ReadAsStringAsync();
        var link = TestSessionLink().Match(html).Value;
        var (_, later) = await admin.GetAsync(page);
        var customerBrowser = new PortalPages(Factory);
        var confirmed = await customerBrowser.SubmitFormAsync(PortalPages.PathOf(link));
        var (_, overview) = await customerBrowser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.True(generated.Headers.CacheControl?.NoStore);
        Assert.NotEmpty(link);
        Assert.Contains("data-copy=\"dynamic-link\"", html, StringComparison.Ordinal);
        Assert.Contains("It works once and expires on", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/session/", later, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Hello, Ada Lovelace", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dynamic_link_generated_in_live_mode_is_a_live_link()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var generated = await admin.SubmitFormAsync($"/admin/customers/{customer}?mode=live", action: $"/admin/customers/{customer}?mode=live&handler=Generate");
        var link = LiveSessionLink().Match(await generated.Content.ReadAsStringAsync()).Value;
        var customerBrowser = new PortalPages(Factory);
        await customerBrowser.SubmitFormAsync(PortalPages.PathOf(link));
        var (_, overview) = await customerBrowser.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.NotEmpty(link);
        Assert.Contains("Hello, Ada Lovelace", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emailing_a_link_sends_one_email_to_the_customer_and_confirms_it()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var emailed = await admin.SubmitFormAsync($"/admin/customers/{customer}?mode=test", action: $"/admin/customers/{customer}?mode=test&handler=Email");
        var (_, confirmation) = await admin.GetAsync(AdminArea.LocationOf(emailed));
        var (_, reloaded) = await admin.GetAsync(AdminArea.LocationOf(emailed));
        await Factory.DrainAsync();

        Assert.Equal(HttpStatusCode.Redirect, emailed.StatusCode);
        Assert.Contains("A sign-in link is on its way to ada@example.com", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("is on its way", reloaded, StringComparison.Ordinal);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE \"to\" = 'ada@example.com'");
        var customerBrowser = new PortalPages(Factory);
        await customerBrowser.SubmitFormAsync(PortalPages.PathOf(TestSessionLink().Match(text).Value));
        var (_, overview) = await customerBrowser.GetAsync("/test/portal");
        Assert.Contains("Hello, Ada Lovelace", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_business_customer_gets_no_link_and_no_email()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync(name: "Other Shop");
        await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var foreign = await AdminArea.CreateCustomerAsync(Factory, other, "mallory@example.com", "Mallory Other");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var generated = await admin.SubmitFormAsync("/admin/customers", action: $"/admin/customers/{foreign}?mode=test&handler=Generate");
        var emailed = await admin.SubmitFormAsync("/admin/customers", action: $"/admin/customers/{foreign}?mode=test&handler=Email");
        await Factory.DrainAsync();

        Assert.Equal(HttpStatusCode.NotFound, generated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, emailed.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
    }

    [GeneratedRegex("http://localhost/test/session/[A-Za-z0-9_-]+")]
    private static partial Regex TestSessionLink();

    [GeneratedRegex("http://localhost/session/[A-Za-z0-9_-]+")]
    private static partial Regex LiveSessionLink();
}
