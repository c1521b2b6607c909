using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// A yearly plan's renewal is announced a week ahead, once per period, by the daily job (issue 20): not for monthly
/// plans, not for a subscription that ends then, and not when the business turned the email off.
/// </summary>
public sealed class RenewalReminderTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string YearlySubject = "Your Pro yearly subscription renews on %";

    [Fact]
    public async Task A_yearly_plan_is_announced_once_within_a_week_of_its_renewal_and_a_monthly_one_never()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var yearly = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 12_000, unit: "year", name: "Pro yearly"));
        await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, name: "Pro monthly"));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        Factory.Time.SetUtcNow(yearly.CurrentPeriodEnd - TimeSpan.FromDays(8));
        var early = await RemindAsync();
        Factory.Time.SetUtcNow(yearly.CurrentPeriodEnd - TimeSpan.FromDays(6));
        var (announced, again) = (await RemindAsync(), await RemindAsync());
        await Factory.DrainAsync();
        // Every event of the module relayed again, as after a crash between the send and the mark.
        await Database.ExecuteAsync(Factory, "UPDATE subscriptions.outbox_messages SET dispatched_on_utc = NULL");
        await Factory.DrainAsync();

        Assert.Equal((0, 1, 0), (early, announced, again));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM host.dev_mailbox_messages WHERE subject LIKE '{YearlySubject}'"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject LIKE '%monthly%'"));
        var text = await Database.ScalarAsync<string>(Factory, $"SELECT text_body FROM host.dev_mailbox_messages WHERE subject LIKE '{YearlySubject}'");
        Assert.Contains("renews on", text, StringComparison.Ordinal);
        Assert.Contains("€146.40 (tax included)", text, StringComparison.Ordinal);
        var signedIn = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(PortalPages.SessionLink().Match(text).Value));
        Assert.Equal($"/test/portal/subscriptions/{yearly.Id}", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_subscription_that_ends_at_the_period_or_a_business_that_turned_the_email_off_gets_no_announcement()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var ending = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 12_000, unit: "year", name: "Pro yearly"));
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, ending.Id, customer, SubscriptionActor.Customer, AtPeriodEnd: true)));
        var (other, otherCustomer) = await CustomerWithCardAsync(Factory, email: "grace@example.com", business: await CreateBusinessAsync("Globex Studio"));
        var quiet = await SubscribeAsync(Factory, other, otherCustomer, await PlanAsync(Factory, other, price: 12_000, unit: "year", name: "Pro yearly"));
        await Factory.SendAsync(s => s.SendAsync(new SetOptionalEmailsCommand(other, [OptionalEmail.RenewalUpcoming])));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        Factory.Time.SetUtcNow(quiet.CurrentPeriodEnd - TimeSpan.FromDays(3));
        var announced = await RemindAsync();
        await Factory.DrainAsync();

        Assert.Equal(1, announced);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM host.dev_mailbox_messages WHERE subject LIKE '{YearlySubject}'"));
    }

    private Task<int> RemindAsync() => Factory.SendAsync(s => s.SendAsync(new RemindUpcomingRenewalsCommand()));
}
