using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>The subscription emails: one per change, in the business's colours, the on-hold one with a one-step link to the fix.</summary>
public sealed class SubscriptionEmailsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task An_on_hold_subscription_emails_once_with_a_link_that_signs_the_customer_in_on_that_subscription()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 1_500));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject = 'Your Pro plan subscription is on hold'");
        Assert.Contains("We could not collect €18.30", text, StringComparison.Ordinal); // €15.00 and its 22% tax, as charged
        var browser = new PortalPages(Factory);
        var signIn = await browser.SubmitFormAsync(PortalPages.PathOf(PortalPages.SessionLink().Match(text).Value));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"/test/portal/subscriptions/{subscription.Id}", signIn.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/portal/")]
    [InlineData("//evil.example/portal/x")]
    [InlineData("/portal//evil.example")]
    [InlineData("/portal/../admin")]
    [InlineData("/admin/customers")]
    [InlineData("/portal/subscriptions?next=https://evil.example")]
    public async Task A_sign_in_link_never_lands_outside_the_portal(string landingPath)
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Factory.SendAsync(s => s.SendAsync(new CreateSignInLinkCommand(business.Value, Mode.Test, customer.Value, landingPath))));

        Assert.Equal("INVALID_LANDING_PATH", error.Error.Code);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"));
    }

    [Fact]
    public async Task Scheduling_a_cancellation_and_cancelling_each_email_the_customer_once()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));

        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, AtPeriodEnd: true)));
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, AtPeriodEnd: false)));
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject LIKE 'Your Pro plan subscription will end on %'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject = 'Your Pro plan subscription was cancelled'"));
    }

    [Fact]
    public async Task Undoing_a_scheduled_cancellation_emails_once_even_when_its_event_is_delivered_again()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, AtPeriodEnd: true)));

        await Factory.SendAsync(s => s.SendAsync(new UpdateSubscriptionCommand(
            business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, CancelAtNextBillingDate: false)));
        await Factory.DrainAsync();
        await Factory.DrainAsync();
        // Every event of the subscription relayed again, as after a crash between the send and the mark.
        await Database.ExecuteAsync(Factory, "UPDATE subscriptions.outbox_messages SET dispatched_on_utc = NULL");
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject = 'Your Pro plan subscription continues'");
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject = 'Your Pro plan subscription continues'"));
        Assert.Contains($"The cancellation was undone: your Pro plan subscription with Acme Software renews on {subscription.CurrentPeriodEnd.UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} as before.", text, StringComparison.Ordinal);
        var signedIn = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(PortalPages.SessionLink().Match(text).Value));
        Assert.Equal($"/test/portal/subscriptions/{subscription.Id}", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Paid_dues_send_the_receipt_and_the_reactivation_email()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        Factory.Time.Advance(TimeSpan.FromDays(1));
        await CollectDuesAsync(Factory);
        await Factory.DrainAsync();

        Assert.Equal(
            ["Payment received by Acme Software", "Your Pro plan subscription is active again"],
            (await Database.ScalarAsync<string>(Factory, "SELECT string_agg(subject, '|' ORDER BY subject) FROM host.dev_mailbox_messages")).Split('|'));
    }
}
