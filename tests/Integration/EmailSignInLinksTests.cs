using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Licensing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration;

/// <summary>
/// Transactional emails sign the customer in on the page they are about (issue 20): a one-time, 24-hour link that a
/// mail scanner's GET does not use (it only shows a button), and the business's static link when no sign-in can be made.
/// </summary>
public sealed class EmailSignInLinksTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_receipt_signs_the_customer_in_on_their_invoices_once_and_a_scanner_opening_it_first_changes_nothing()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        await Factory.DrainAsync();
        var link = PortalPages.PathOf(await LinkInAsync("Payment received by Acme Software"));

        var (scanned, button) = await new PortalPages(Factory).GetAsync(link);
        var browser = new PortalPages(Factory);
        var signedIn = await browser.SubmitFormAsync(link);
        var (again, _) = await new PortalPages(Factory).GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, scanned.StatusCode);
        Assert.Contains("<form method=\"post\"", button, StringComparison.Ordinal);
        Assert.Equal("/test/portal/invoices", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task A_scheduled_cancellation_and_a_license_key_sign_the_customer_in_on_the_page_they_are_about()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        await LicensingArrangement.BuyAsync(Factory, business, customer, await LicensingArrangement.LicensedProductAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, AtPeriodEnd: true)));
        await Factory.DrainAsync();

        var cancelled = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(await LinkInAsync("Your Pro plan subscription will end on %")));
        var keys = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(await LinkInAsync("Your license key for Desktop app")));

        Assert.Equal($"/test/portal/subscriptions/{subscription.Id}", cancelled.Headers.Location!.OriginalString);
        Assert.Equal("/test/portal/licenses", keys.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_blocked_customer_gets_the_static_link_which_signs_no_one_in()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        await Factory.SendAsync(s => s.SendAsync(new BlockCustomerCommand(business, Mode.Test, customer, Blocked: true)));
        await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        await Factory.DrainAsync();

        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject = 'Payment received by Acme Software'");

        Assert.Contains($"http://localhost/test/login/{business}", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(PortalPages.SessionLink(), text);
    }

    /// <summary>The sign-in link in the one email whose subject is like <paramref name="subject"/> (SQL <c>LIKE</c>).</summary>
    private async Task<string> LinkInAsync(string subject)
    {
        var text = await Database.ScalarAsync<string>(Factory, $"SELECT text_body FROM host.dev_mailbox_messages WHERE subject LIKE '{subject}'");
        var link = PortalPages.SessionLink().Match(text);
        Assert.True(link.Success, $"No sign-in link in \"{subject}\": {text}");
        return link.Value;
    }
}
