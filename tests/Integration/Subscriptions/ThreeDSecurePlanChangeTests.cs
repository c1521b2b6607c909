using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.PlanChangeArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// 3-D Secure on a plan change confirmed in the portal (issue 19): the upgrade waits, as quoted, for the payment the
/// customer authenticates with their bank, and is applied once, when that payment succeeds, whoever learns it first
/// (the customer back in the portal, or Billing's event from the reconciliation job or the webhook). Failed or given
/// up, the plan stays. While it waits, no other change, renewal or cancellation can land on top of it.
/// </summary>
public sealed class ThreeDSecurePlanChangeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string AlwaysAuthenticates = "4000002760003184";
    private const string AuthenticatesThenInsufficientFunds = "4000008260003178";

    /// <summary>Basic → Pro halfway through nothing: the whole difference, €15.00 + 22% tax.</summary>
    private const string UpgradeTotal = "€18.30";

    [Fact]
    public async Task An_upgrade_with_a_card_that_asks_for_authentication_changes_the_plan_once_the_customer_completes_it()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);

        var posted = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });
        var authentication = posted.Headers.Location!.OriginalString;
        var waiting = await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId);
        var waitingPayment = await PlanPaymentStatusAsync(tiers);
        var (_, page) = await browser.GetAsync(authentication);
        var answered = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var (back, _) = await browser.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));
        var (_, confirmation) = await browser.GetAsync(back.Headers.Location!.OriginalString);

        Assert.Matches("^/test/sandbox/authenticate/ch_sandbox_[0-9a-f]{32}$", authentication);
        Assert.Equal((tiers.Basic.Id, "RequiresAction"), (waiting.ProductId, waitingPayment));
        Assert.Contains(UpgradeTotal, page, StringComparison.Ordinal);
        Assert.Equal($"http://localhost{ChangePlanPage(tiers, tiers.Pro.Id)}&done=authenticated", answered.Headers.Location!.OriginalString);
        Assert.Equal($"/test/portal/subscriptions/{tiers.SubscriptionId}?done=plan-changed", back.Headers.Location!.OriginalString);
        Assert.Contains("You are now on Pro.", confirmation, StringComparison.Ordinal);
        Assert.Equal(tiers.Pro.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
        Assert.Equal("Succeeded", await PlanPaymentStatusAsync(tiers));
        Assert.Equal(1_830, await Database.ScalarAsync<long>(Factory, "SELECT amount FROM billing.sandbox_charges WHERE return_url IS NOT NULL AND status = 'succeeded'"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(1, await PlanChangedEventsAsync());
    }

    [Theory]
    [InlineData(AlwaysAuthenticates, "Fail", "payment_intent_authentication_failure", "The payment was not confirmed with your bank.")]
    [InlineData(AuthenticatesThenInsufficientFunds, "Complete", "insufficient_funds", "insufficient funds")]
    public async Task A_failed_authentication_or_a_decline_after_it_keeps_the_plan_says_why_and_a_new_attempt_is_a_new_charge(
        string number, string answer, string code, string reason)
    {
        var (browser, tiers) = await SignedInWithCardAsync(number);

        var posted = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });
        var authentication = posted.Headers.Location!.OriginalString;
        var answered = await browser.SubmitFormAsync(authentication, action: $"{authentication}?handler={answer}");
        var (back, html) = await browser.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));
        var again = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });

        Assert.Equal(HttpStatusCode.PaymentRequired, back.StatusCode);
        Assert.Contains("The payment was declined. Your plan has not changed.", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/test/portal/payment-methods\"", html, StringComparison.Ordinal);
        Assert.Equal(code, await Database.ScalarAsync<string>(Factory, $"SELECT failure_code FROM billing.payments WHERE idempotency_key = 'subscription:{tiers.SubscriptionId}:plan:1:1'"));
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        // Nothing waits any more: confirming again is a new attempt with its own key, sent to the bank again.
        Assert.StartsWith("/test/sandbox/authenticate/", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE idempotency_key = 'subscription:{tiers.SubscriptionId}:plan:1:2'"));
    }

    [Fact]
    public async Task Back_from_the_bank_without_an_answer_the_page_offers_to_confirm_and_confirming_again_starts_no_second_charge()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);
        var posted = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });

        var (back, html) = await browser.GetAsync($"{ChangePlanPage(tiers, tiers.Pro.Id)}&done=authenticated");
        var again = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });

        Assert.Equal(HttpStatusCode.Accepted, back.StatusCode);
        Assert.Contains($"href=\"{posted.Headers.Location!.OriginalString}\"", html, StringComparison.Ordinal);
        Assert.Contains("Nothing has been charged and your plan has not changed yet.", html, StringComparison.Ordinal);
        Assert.Equal(posted.Headers.Location!.OriginalString, again.Headers.Location!.OriginalString);
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_charges WHERE return_url IS NOT NULL"));
    }

    [Fact]
    public async Task Twenty_concurrent_returns_and_the_reconciliation_job_apply_the_change_once_with_one_payment()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);
        var posted = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });
        var authentication = posted.Headers.Location!.OriginalString;
        var answered = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var back = PortalPages.PathOf(answered.Headers.Location!.OriginalString);
        Factory.Time.Advance(TimeSpan.FromMinutes(50)); // the job gives up waiting payments after an hour: it finds this one authenticated

        var returns = Enumerable.Range(0, 20).Select(_ => Task.Run(() => browser.GetAsync(back))).ToList();
        var job = Task.Run(() => Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(45)))));
        await Task.WhenAll([.. returns, job]);
        await Factory.DrainAsync();

        Assert.All(returns, r => Assert.Equal(
            $"/test/portal/subscriptions/{tiers.SubscriptionId}?done=plan-changed", r.Result.Response.Headers.Location!.OriginalString));
        Assert.Equal(tiers.Pro.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
        Assert.Equal(1, await SucceededPaymentsAsync(Factory, $"subscription:{tiers.SubscriptionId}:plan:"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_charges WHERE return_url IS NOT NULL"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(1, await PlanChangedEventsAsync());
        Assert.Equal(1, await Database.ScalarAsync<int>(Factory, $"SELECT plan_changes FROM subscriptions.subscriptions WHERE id = '{tiers.SubscriptionId}'"));
    }

    [Fact]
    public async Task Completed_but_never_back_the_payment_is_settled_by_the_job_and_the_change_applied_as_it_was_quoted()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);
        var posted = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });
        var authentication = posted.Headers.Location!.OriginalString;
        await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");

        Factory.Time.Advance(TimeSpan.FromHours(2));
        await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        await Factory.DrainAsync();
        var signedInAgain = await SignedInAsync(tiers);
        var (back, _) = await signedInAgain.GetAsync($"{ChangePlanPage(tiers, tiers.Pro.Id)}&done=authenticated");

        var subscription = await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId);
        Assert.Equal(tiers.Pro.Id, subscription.ProductId);
        Assert.Equal(2_500, subscription.UnitPrice);
        Assert.Equal("Succeeded", await PlanPaymentStatusAsync(tiers));
        Assert.Equal(1, await PlanChangedEventsAsync());
        Assert.Equal($"/test/portal/subscriptions/{tiers.SubscriptionId}?done=plan-changed", back.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task While_a_change_waits_another_change_is_refused_and_a_cancellation_gives_the_authentication_up_first()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);
        await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });

        var other = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Team.Id), new Dictionary<string, string> { ["product"] = tiers.Team.Id });
        var otherHtml = await other.Content.ReadAsStringAsync();
        var byMerchant = await Assert.ThrowsAsync<DomainException>(() => ChangeAsync(Factory, tiers, tiers.Team));
        var cancelled = await Factory.SendAsync(s => s.SendAsync(
            new CancelSubscriptionCommand(tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, AtPeriodEnd: false)));

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Contains("Another plan change is waiting for you to confirm its payment with your bank.", otherHtml, StringComparison.Ordinal);
        Assert.Equal("PLAN_CHANGE_AWAITING_AUTHENTICATION", byMerchant.Error.Code);
        Assert.Equal((SubscriptionStatus.Cancelled, tiers.Basic.Id), (cancelled.Status, cancelled.ProductId));
        Assert.Equal("Failed", await PlanPaymentStatusAsync(tiers));
        Assert.Equal("failed", await Database.ScalarAsync<string>(Factory, "SELECT status FROM billing.sandbox_charges WHERE return_url IS NOT NULL"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task A_renewal_due_while_a_change_waits_is_held_back_until_the_job_gives_the_change_up_then_renews_the_old_plan()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);
        await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });

        Factory.Time.Advance(TimeSpan.FromDays(32));
        var whileWaiting = await SubscriptionArrangement.RenewAsync(Factory);
        await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        await Factory.DrainAsync();
        var afterwards = await SubscriptionArrangement.RenewAsync(Factory);

        // Renewed off-session, the card asks for authentication again: on hold for the old plan's price.
        Assert.Equal((0, 1), (whileWaiting, afterwards));
        var subscription = await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId);
        Assert.Equal((SubscriptionStatus.OnHold, tiers.Basic.Id, 1_000L), (subscription.Status, subscription.ProductId, subscription.DuesAmount));
        Assert.Equal("Failed", await PlanPaymentStatusAsync(tiers));
        Assert.Equal("authentication_required", await Database.ScalarAsync<string>(
            Factory, $"SELECT failure_code FROM billing.payments WHERE idempotency_key LIKE 'subscription:{tiers.SubscriptionId}:renewal:%'"));
    }

    [Fact]
    public async Task Another_customers_return_from_the_bank_is_not_found_and_settles_nothing()
    {
        var (browser, tiers) = await SignedInWithCardAsync(AlwaysAuthenticates);
        var posted = await browser.SubmitFormAsync(ChangePlanPage(tiers, tiers.Pro.Id), new Dictionary<string, string> { ["product"] = tiers.Pro.Id });
        var authentication = posted.Headers.Location!.OriginalString;
        await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var stranger = await TiersAsync(Factory);
        var strangerBrowser = await SignedInAsync(stranger);

        var (foreign, _) = await strangerBrowser.GetAsync($"{ChangePlanPage(tiers, tiers.Pro.Id)}&done=authenticated");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("RequiresAction", await PlanPaymentStatusAsync(tiers));
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
    }

    private static string ChangePlanPage(Tiers tiers, string productId) => $"/test/portal/subscriptions/{tiers.SubscriptionId}/change-plan?product={productId}";

    private Task<string> PlanPaymentStatusAsync(Tiers tiers) =>
        Database.ScalarAsync<string>(Factory, $"SELECT status FROM billing.payments WHERE idempotency_key = 'subscription:{tiers.SubscriptionId}:plan:1:1'");

    private Task<long> PlanChangedEventsAsync() =>
        Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.outbox_messages WHERE payload::text LIKE '%\"plan_changed\"%'");

    /// <summary>Tiers on Basic, upgrades charging the whole difference at once, the subscription charging <paramref name="number"/>, its customer signed in.</summary>
    private async Task<(PortalPages Browser, Tiers Tiers)> SignedInWithCardAsync(string number)
    {
        var tiers = await TiersAsync(Factory);
        await AllowAsync(Factory, tiers.Business, allow: true, upgrade: "difference_immediately");
        var card = await BillingArrangement.AddCardAsync(Factory, tiers.Business, tiers.Customer, number, makeDefault: false);
        await Factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPaymentMethodCommand(
            tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, card.PaymentMethodId)));
        return (await SignedInAsync(tiers), tiers);
    }

    private async Task<PortalPages> SignedInAsync(Tiers tiers)
    {
        var (api, _) = await ApiClientAsync(business: tiers.Business);
        using (api)
        {
            var browser = new PortalPages(Factory);
            await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, tiers.Customer.Value)));
            return browser;
        }
    }
}
