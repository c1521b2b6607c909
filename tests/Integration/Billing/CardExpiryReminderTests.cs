using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Billing;

/// <summary>
/// A card that pays an active subscription and expires within 30 days is announced once, by the daily job (issue 20):
/// not a card that pays nothing, not twice, and not when the business turned the email off.
/// </summary>
public sealed class CardExpiryReminderTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>The 10th of the month after next, the month the test's cards expire in: always ahead of the factory's clock, which tests share.</summary>
    private DateTimeOffset Tenth
    {
        get
        {
            var now = Factory.Time.GetUtcNow();
            return new DateTimeOffset(now.Year, now.Month, 10, 9, 0, 0, TimeSpan.Zero).AddMonths(2);
        }
    }

    [Fact]
    public async Task A_card_paying_a_subscription_is_announced_once_within_30_days_of_expiring_and_a_card_paying_nothing_never()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        var tenth = Tenth;
        var paying = await AddCardAsync(business, customer, "5555555555554444", tenth);
        await AddCardAsync(business, customer, "4242424242424242", tenth);
        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, paying.PaymentMethodId)));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        Factory.Time.SetUtcNow(tenth.AddMonths(-1));
        var early = await RemindAsync();
        Factory.Time.SetUtcNow(tenth);
        var (announced, again) = (await RemindAsync(), await RemindAsync());
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "UPDATE billing.outbox_messages SET dispatched_on_utc = NULL");
        await Factory.DrainAsync();

        Assert.Equal((0, 1, 0), (early, announced, again));
        Assert.Equal(
            "Your Mastercard ending in 4444 expires soon",
            await Database.ScalarAsync<string>(Factory, "SELECT string_agg(subject, '|') FROM host.dev_mailbox_messages"));
        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages");
        Assert.Contains($"Your Mastercard ending in 4444 expires at the end of {tenth.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}. It pays your subscriptions with Acme Software: Pro plan.", text, StringComparison.Ordinal);
        var signedIn = await new PortalPages(Factory).SubmitFormAsync(PortalPages.PathOf(PortalPages.SessionLink().Match(text).Value));
        Assert.Equal("/test/portal/payment-methods", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_business_that_turned_the_email_off_sends_none_and_a_default_card_counts_for_the_subscriptions_that_follow_it()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var tenth = Tenth;
        await AddCardAsync(business, customer, "5555555555554444", tenth, makeDefault: true);
        await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new SetOptionalEmailsCommand(business, [OptionalEmail.CardExpiring])));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        Factory.Time.SetUtcNow(tenth);
        var announced = await RemindAsync();
        await Factory.DrainAsync();

        Assert.Equal(1, announced);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
    }

    private Task<PaymentMethodDto> AddCardAsync(BusinessId business, CustomerId customer, string number, DateTimeOffset expiring, bool makeDefault = false) =>
        Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, Mode.Test, customer, number, expiring.Month, expiring.Year, makeDefault)));

    private Task<int> RemindAsync() => Factory.SendAsync(s => s.SendAsync(new RemindExpiringCardsCommand()));
}
