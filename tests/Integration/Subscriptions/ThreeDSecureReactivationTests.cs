using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.ReactivationArrangement;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// 3-D Secure with the sandbox's test cards (issue 19): reactivating in the portal with a card whose bank asks the
/// customer to authenticate sends them to the authentication page and back, where the one dues payment is settled;
/// off-session, the same cards are declined with <c>authentication_required</c>.
/// </summary>
public sealed class ThreeDSecureReactivationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string AlwaysAuthenticates = "4000002760003184";
    private const string AuthenticatesThenInsufficientFunds = "4000008260003178";

    /// <summary>How a payment waiting for the customer's authentication is stored.</summary>
    private const string Waiting = "RequiresAction";

    [Fact]
    public async Task A_card_that_asks_for_authentication_reactivates_once_the_customer_completes_it_and_only_then()
    {
        var (held, browser, card) = await OnHoldWithCardAsync(AlwaysAuthenticates);

        var posted = await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });
        var authentication = posted.Headers.Location!.OriginalString;
        var waiting = (await GetAsync(Factory, held.Business, held.Id)).Status;
        var waitingPayment = await PaymentStatusAsync(held);
        var (page, html) = await browser.GetAsync(authentication);
        var answered = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var (back, _) = await browser.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));
        var (_, confirmation) = await browser.GetAsync(back.Headers.Location!.OriginalString);

        Assert.Matches("^/test/sandbox/authenticate/ch_sandbox_[0-9a-f]{32}$", authentication);
        Assert.Equal((SubscriptionStatus.OnHold, Waiting), (waiting, waitingPayment));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("€12.20", html, StringComparison.Ordinal);
        Assert.Equal($"http://localhost{PaymentMethodPage(held)}?chosen={card}&done=authenticated", answered.Headers.Location!.OriginalString);
        Assert.Equal($"{PaymentMethodPage(held)}?done=reactivated", back.Headers.Location!.OriginalString);
        Assert.Contains("We charged €12.20", confirmation, StringComparison.Ordinal);
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal(card, subscription.PaymentMethodId);
        Assert.Equal("Succeeded", await PaymentStatusAsync(held));
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory)); // the first period, the dues once
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Theory]
    [InlineData(AlwaysAuthenticates, "Fail", "payment_intent_authentication_failure", "The payment was not confirmed with your bank.")]
    [InlineData(AuthenticatesThenInsufficientFunds, "Complete", "insufficient_funds", "The card has insufficient funds.")]
    public async Task A_failed_authentication_or_a_decline_after_it_leaves_the_subscription_on_hold_and_says_why(string number, string answer, string code, string reason)
    {
        var (held, browser, card) = await OnHoldWithCardAsync(number);

        var posted = await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });
        var authentication = posted.Headers.Location!.OriginalString;
        var answered = await browser.SubmitFormAsync(authentication, action: $"{authentication}?handler={answer}");
        var (back, html) = await browser.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));
        var (reload, _) = await browser.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.PaymentRequired, back.StatusCode);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Equal(code, await Database.ScalarAsync<string>(Factory, $"SELECT failure_code FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%'"));
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Equal(SubscriptionStatus.OnHold, subscription.Status);
        Assert.Equal(held.Before.PaymentMethodId, subscription.PaymentMethodId);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        // Coming back again settles nothing more and starts no charge: the page as it is now.
        Assert.Equal(HttpStatusCode.Found, reload.StatusCode);
        Assert.Equal(PaymentMethodPage(held), reload.Headers.Location!.OriginalString);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task Back_from_the_bank_without_an_answer_the_page_offers_to_confirm_and_nothing_changed()
    {
        var (held, browser, card) = await OnHoldWithCardAsync(AlwaysAuthenticates);
        var posted = await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });

        var (back, html) = await browser.GetAsync($"{PaymentMethodPage(held)}?chosen={card}&done=authenticated");

        Assert.Equal(HttpStatusCode.Accepted, back.StatusCode);
        Assert.Contains($"href=\"{posted.Headers.Location!.OriginalString}\"", html, StringComparison.Ordinal);
        Assert.Contains("Your bank is waiting for you to confirm the payment", html, StringComparison.Ordinal);
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(Factory, held.Business, held.Id)).Status);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task Twenty_concurrent_returns_and_the_dues_job_settle_one_payment_and_reactivate_once()
    {
        var held = await OnHoldAsync(Factory);
        var card = (await BillingArrangement.AddCardAsync(Factory, held.Business, held.Customer, AlwaysAuthenticates, makeDefault: false)).PaymentMethodId;
        Factory.Time.Advance(TimeSpan.FromDays(1)); // the scheduled dues retry is due too
        var browser = await SignInAsync(Factory, held);
        var posted = await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });
        var authentication = posted.Headers.Location!.OriginalString;
        var answered = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var back = PortalPages.PathOf(answered.Headers.Location!.OriginalString);

        var returns = Enumerable.Range(0, 20).Select(_ => Task.Run(() => browser.GetAsync(back))).ToList();
        var job = Task.Run(() => CollectDuesAsync(Factory));
        await Task.WhenAll([.. returns, job]);
        await Factory.DrainAsync();

        // The first to settle reactivates (a return, or the job finding the payment authenticated); the others find it active.
        Assert.All(returns, r => Assert.Contains(
            r.Result.Response.Headers.Location!.OriginalString, new[] { $"{PaymentMethodPage(held)}?done=reactivated", $"{PaymentMethodPage(held)}?done=changed" }));
        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(Factory, held.Business, held.Id)).Status);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%'"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.outbox_messages WHERE payload::text LIKE '%\"reactivated\"%'"));
    }

    [Fact]
    public async Task An_abandoned_authentication_is_given_up_by_the_reconciliation_job_and_cannot_be_completed_later()
    {
        var (held, browser, card) = await OnHoldWithCardAsync(AlwaysAuthenticates);
        var posted = await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });
        var authentication = posted.Headers.Location!.OriginalString;
        var reconcile = new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1));

        Factory.Time.Advance(TimeSpan.FromMinutes(59));
        var tooEarly = await Factory.SendAsync(s => s.SendAsync(reconcile));
        Factory.Time.Advance(TimeSpan.FromMinutes(2));
        var givenUp = await Factory.SendAsync(s => s.SendAsync(reconcile));
        await Factory.DrainAsync();
        var late = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var signedInAgain = await SignInAsync(Factory, held); // an hour later, the portal session has ended
        var (back, _) = await signedInAgain.GetAsync(PortalPages.PathOf(late.Headers.Location!.OriginalString));

        Assert.Equal((0, 1), (tooEarly, givenUp));
        Assert.Equal("Failed", await PaymentStatusAsync(held));
        Assert.Equal("failed", await Database.ScalarAsync<string>(Factory, "SELECT status FROM billing.sandbox_charges WHERE return_url IS NOT NULL"));
        Assert.Equal(PaymentMethodPage(held), back.Headers.Location!.OriginalString);
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Equal(SubscriptionStatus.OnHold, subscription.Status);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task Off_session_the_card_is_declined_with_authentication_required_and_the_subscription_goes_on_hold_saying_so()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var card = await BillingArrangement.AddCardAsync(Factory, business, customer, AlwaysAuthenticates, makeDefault: false);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, card.PaymentMethodId)));

        Factory.Time.Advance(TimeSpan.FromDays(32));
        await RenewAsync(Factory);

        var renewed = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.OnHold, renewed.Status);
        Assert.Equal("authentication_required", await Database.ScalarAsync<string>(Factory, $"SELECT failure_code FROM billing.payments WHERE subscription_id = '{subscription.Id}' AND status = 'Failed'"));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_charges WHERE status = 'requires_action'"));
    }

    [Fact]
    public async Task A_renewal_the_bank_wants_confirmed_emails_confirm_your_payment_and_the_link_confirms_it_with_the_same_card()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var card = await BillingArrangement.AddCardAsync(Factory, business, customer, AlwaysAuthenticates, makeDefault: false);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, card.PaymentMethodId)));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await RenewAsync(Factory);
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        var email = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject = 'Your Pro plan subscription is on hold'");
        var browser = new PortalPages(Factory);
        var signIn = await browser.SubmitFormAsync(PortalPages.PathOf(PortalPages.SessionLink().Match(email).Value));
        var page = signIn.Headers.Location!.OriginalString;
        var (_, picker) = await browser.GetAsync(page);
        var (_, details) = await browser.GetAsync($"/test/portal/subscriptions/{subscription.Id}");
        // The card already chosen on the page is confirmed as it is.
        var posted = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = card.PaymentMethodId });
        var authentication = posted.Headers.Location!.OriginalString;
        var answered = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var back = await browser.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));

        Assert.Contains("Your bank asks you to confirm this payment.", email, StringComparison.Ordinal);
        Assert.Contains("Confirm your payment", email, StringComparison.Ordinal);
        Assert.Equal($"/test/portal/subscriptions/{subscription.Id}/payment-method", page);
        Assert.Contains($"value=\"{card.PaymentMethodId}\" checked=\"checked\"", picker, StringComparison.Ordinal);
        Assert.Contains("Your bank asks you to confirm the last renewal payment", details, StringComparison.Ordinal);
        Assert.Contains(">Confirm your payment</a>", details, StringComparison.Ordinal);
        Assert.StartsWith("/test/sandbox/authenticate/", authentication, StringComparison.Ordinal);
        Assert.Equal($"{page}?done=reactivated", back.Response.Headers.Location!.OriginalString);
        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(Factory, business, subscription.Id)).Status);
    }

    [Fact]
    public async Task The_api_answers_a_card_the_bank_wants_confirmed_with_a_link_where_the_customer_confirms_it()
    {
        var held = await OnHoldAsync(Factory);
        var card = await BillingArrangement.AddCardAsync(Factory, held.Business, held.Customer, AlwaysAuthenticates, makeDefault: false);

        var response = await held.Api.PostAsync(
            $"/subscriptions/{held.Id}/update-payment-method",
            new StringContent($"{{\"type\":\"existing\",\"payment_method_id\":\"{card.PaymentMethodId}\"}}", System.Text.Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var browser = new PortalPages(Factory);
        var signIn = await browser.SubmitFormAsync(PortalPages.PathOf(json.GetProperty("payment_link").GetString()!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("on_hold", "failed", "authentication_required"), (json.GetProperty("status").GetString(), json.GetProperty("payment_status").GetString(), json.GetProperty("failure_code").GetString()));
        Assert.Equal(PaymentMethodPage(held), signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_api_shows_a_payment_waiting_for_the_customer_as_requires_customer_action()
    {
        var (held, browser, card) = await OnHoldWithCardAsync(AlwaysAuthenticates);
        await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });
        var paymentId = await Database.ScalarAsync<string>(Factory, $"SELECT id FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%'");

        var payment = await held.Api.GetFromJsonAsync<JsonElement>($"/payments/{paymentId}");
        var listed = await held.Api.GetFromJsonAsync<JsonElement>("/payments?status=requires_customer_action");

        Assert.Equal("requires_customer_action", payment.GetProperty("status").GetString());
        Assert.Equal(paymentId, listed.GetProperty("items").EnumerateArray().Single().GetProperty("payment_id").GetString());
    }

    [Fact]
    public async Task Another_customers_return_and_a_live_or_unknown_authentication_page_are_not_found()
    {
        var (held, browser, card) = await OnHoldWithCardAsync(AlwaysAuthenticates);
        var neighbour = await OnHoldAsync(Factory, held.Business, "grace@example.com");
        var neighbourBrowser = await SignInAsync(Factory, neighbour);
        var posted = await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });
        var authentication = posted.Headers.Location!.OriginalString;

        var foreignReturn = await neighbourBrowser.GetAsync($"{PaymentMethodPage(held)}?chosen={card}&done=authenticated");
        var live = await browser.GetAsync(authentication.Replace("/test/", "/", StringComparison.Ordinal));
        var unknown = await browser.GetAsync("/test/sandbox/authenticate/ch_sandbox_00000000000000000000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, foreignReturn.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, live.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Response.StatusCode);
        Assert.Equal(Waiting, await PaymentStatusAsync(held));
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(Factory, held.Business, held.Id)).Status);
    }

    [Fact]
    public async Task The_address_the_bank_sends_the_customer_back_to_is_the_configured_one_whatever_host_the_request_named()
    {
        var (held, browser, card) = await OnHoldWithCardAsync(AlwaysAuthenticates);
        browser.Client.DefaultRequestHeaders.Host = "evil.example";

        await browser.SubmitFormAsync(PaymentMethodPage(held), new Dictionary<string, string> { ["chosen"] = card });

        Assert.Equal(
            $"http://localhost{PaymentMethodPage(held)}?chosen={card}&done=authenticated",
            await Database.ScalarAsync<string>(Factory, "SELECT return_url FROM billing.sandbox_charges WHERE return_url IS NOT NULL"));
    }

    private static string PaymentMethodPage(Held held) => $"/test/portal/subscriptions/{held.Id}/payment-method";

    private Task<string> PaymentStatusAsync(Held held) =>
        Database.ScalarAsync<string>(Factory, $"SELECT status FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%'");

    private async Task<(Held Held, PortalPages Browser, string Card)> OnHoldWithCardAsync(string number)
    {
        var held = await OnHoldAsync(Factory);
        var card = await BillingArrangement.AddCardAsync(Factory, held.Business, held.Customer, number, makeDefault: false);
        return (held, await SignInAsync(Factory, held), card.PaymentMethodId);
    }
}
