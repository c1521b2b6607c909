using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.PlanChangeArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// Plan changes in the customer's portal: the plans on offer (none when updates are off), the preview,
/// confirming (changed, or declined with the plan kept), the credit shown in both languages, the email,
/// and nobody else's subscription.
/// </summary>
public sealed class PortalPlanChangePagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_subscription_page_lists_the_other_plans_marked_upgrade_or_downgrade_only_when_updates_are_allowed()
    {
        var (browser, tiers) = await SignedInAsync(startOn: "pro");

        var (_, html) = await browser.GetAsync($"/test/portal/subscriptions/{tiers.SubscriptionId}");
        await AllowAsync(Factory, tiers.Business, allow: false);
        var (_, off) = await browser.GetAsync($"/test/portal/subscriptions/{tiers.SubscriptionId}");

        Assert.Contains("Change plan", html, StringComparison.Ordinal);
        Assert.Contains($"change-plan?product={tiers.Basic.Id}", html, StringComparison.Ordinal);
        Assert.Contains($"change-plan?product={tiers.Team.Id}", html, StringComparison.Ordinal);
        Assert.Contains(">Upgrade<", html, StringComparison.Ordinal);
        Assert.Contains(">Downgrade<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("change-plan?product=", off, StringComparison.Ordinal);
        var (refused, refusedHtml) = await browser.GetAsync($"/test/portal/subscriptions/{tiers.SubscriptionId}/change-plan?product={tiers.Team.Id}");
        Assert.Contains("Plan changes are not available for this subscription.", refusedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm change", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task Previewing_then_confirming_an_upgrade_charges_it_and_confirms_the_new_plan()
    {
        var (browser, tiers) = await SignedInAsync();
        await AllowAsync(Factory, tiers.Business, allow: true, upgrade: "difference_immediately");
        var preview = $"/test/portal/subscriptions/{tiers.SubscriptionId}/change-plan?product={tiers.Pro.Id}";

        var (_, html) = await browser.GetAsync(preview);
        var confirmed = await browser.SubmitFormAsync(preview, new Dictionary<string, string> { ["product"] = tiers.Pro.Id });
        var (_, done) = await browser.GetAsync(confirmed.Headers.Location!.OriginalString);

        Assert.Contains("Upgrade to Pro", html, StringComparison.Ordinal);
        Assert.Contains("€18.30", html, StringComparison.Ordinal);
        Assert.Contains("€3.30", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("You are now on Pro.", done, StringComparison.Ordinal);
        Assert.Equal(tiers.Pro.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
        Assert.Equal(1, await SucceededPaymentsAsync(Factory, $"subscription:{tiers.SubscriptionId}:plan:"));
    }

    [Fact]
    public async Task A_declined_card_is_explained_and_the_plan_stays()
    {
        var (browser, tiers) = await SignedInAsync();
        var failing = await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(
            tiers.Business, Mode.Test, tiers.Customer, BillingArrangement.InsufficientFunds, 12, Factory.Time.GetUtcNow().Year + 2, false)));
        await Factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPaymentMethodCommand(
            tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, failing.PaymentMethodId)));
        var preview = $"/test/portal/subscriptions/{tiers.SubscriptionId}/change-plan?product={tiers.Team.Id}";

        var response = await browser.SubmitFormAsync(preview, new Dictionary<string, string> { ["product"] = tiers.Team.Id });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.Contains("The payment was declined. Your plan has not changed.", html, StringComparison.Ordinal);
        Assert.Contains("insufficient funds", html, StringComparison.Ordinal);
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
    }

    [Fact]
    public async Task A_downgrade_shows_the_credit_in_both_languages_and_emails_the_change()
    {
        var (browser, tiers) = await SignedInAsync(startOn: "pro");
        await AllowAsync(Factory, tiers.Business, allow: true, downgrade: "difference_immediately");
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        var preview = $"/test/portal/subscriptions/{tiers.SubscriptionId}/change-plan?product={tiers.Basic.Id}";

        var (_, html) = await browser.GetAsync(preview);
        await browser.SubmitFormAsync(preview, new Dictionary<string, string> { ["product"] = tiers.Basic.Id });
        await Factory.DrainAsync();
        var (_, english) = await browser.GetAsync($"/test/portal/subscriptions/{tiers.SubscriptionId}");
        var (_, italian) = await browser.InLanguage("it").GetAsync($"/test/portal/subscriptions/{tiers.SubscriptionId}");

        Assert.Contains("Credited now", html, StringComparison.Ordinal);
        Assert.Contains("€18.30", html, StringComparison.Ordinal);
        Assert.Contains("Credit balance", english, StringComparison.Ordinal);
        Assert.Contains("€18.30", english, StringComparison.Ordinal);
        Assert.Contains("Credito disponibile", italian, StringComparison.Ordinal);
        Assert.Contains("18,30", italian, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject = 'Your subscription is now Basic'"));
        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject = 'Your subscription is now Basic'");
        Assert.Contains("moved from Pro to Basic", text, StringComparison.Ordinal);
        Assert.Contains("€18.30 was added to your credit balance", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_customers_subscription_is_not_found_and_nothing_changes()
    {
        var (_, tiers) = await SignedInAsync();
        var (stranger, _) = await SignedInAsync();

        var (page, _) = await stranger.GetAsync($"/test/portal/subscriptions/{tiers.SubscriptionId}/change-plan?product={tiers.Pro.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
    }

    private async Task<(PortalPages Browser, Tiers Tiers)> SignedInAsync(string startOn = "basic")
    {
        var tiers = await TiersAsync(Factory, startOn);
        var (api, _) = await ApiClientAsync(business: tiers.Business);
        using (api)
        {
            var browser = new PortalPages(Factory);
            await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, tiers.Customer.Value)));
            return (browser, tiers);
        }
    }
}
