using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Application.Gateways;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Billing.Domain.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support.StripeEmulator;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>The Stripe adapter through the real Stripe.net client, over HTTP, against the fake Stripe.</summary>
public sealed class StripeGatewayTests(StripeFixture fixture) : StripeIntegrationTest(fixture)
{
    [Fact]
    public void New_cards_of_a_mode_with_stripe_keys_go_to_stripe()
    {
        var gateways = Factory.Services.GetRequiredService<IPaymentGateways>();

        Assert.Equal(PaymentGatewayKind.Stripe, gateways.ForNewCards(Mode.Test));
        Assert.Equal(PaymentGatewayKind.Stripe, gateways.Get(PaymentGatewayKind.Stripe).Kind);
    }

    [Fact]
    public async Task A_card_saved_through_checkout_keeps_only_stripes_ids_and_the_displayable_details()
    {
        var (_, customer) = await CustomerWithStripeCardAsync(StripeTestCard.Mastercard);

        Assert.StartsWith("cus_", await Database.ScalarAsync<string>(Factory, $"SELECT stripe_customer_reference FROM billing.billing_accounts WHERE customer_id = '{customer}'"));
        Assert.StartsWith("pm_", await Database.ScalarAsync<string>(Factory, $"SELECT gateway_reference FROM billing.payment_methods WHERE customer_id = '{customer}' AND gateway = 'Stripe'"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.payment_methods WHERE card_brand = 'mastercard' AND card_last_four = '4444' AND is_default"));
    }

    [Fact]
    public async Task A_card_added_through_checkout_for_a_subscription_comes_back_to_its_payment_method_page_picked()
    {
        var (api, _) = await ApiClientAsync();
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api))));
        const string subscription = "sub_0123456789abcdefghijklmn";

        var started = await browser.SubmitFormAsync(
            $"/test/portal/payment-methods?for={subscription}", new Dictionary<string, string> { ["for"] = subscription }, "/test/portal/payment-methods?handler=StartStripeSetup");
        var sessionId = started.Headers.Location!.Segments[^1];
        Stripe.CompleteCheckoutSession(sessionId, StripeTestCard.Mastercard);
        var successUrl = Stripe.SuccessUrlOf(sessionId).Replace("{CHECKOUT_SESSION_ID}", sessionId, StringComparison.Ordinal);
        var returned = await browser.Client.GetAsync(PortalPages.PathOf(successUrl));

        Assert.Contains($"/portal/payment-methods/stripe-return?for={subscription}&session_id=", successUrl, StringComparison.Ordinal);
        var saved = await Database.ScalarAsync<string>(Factory, "SELECT id FROM billing.payment_methods WHERE gateway = 'Stripe'");
        Assert.Equal($"/test/portal/subscriptions/{subscription}/payment-method?chosen={saved}", returned.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Another_customers_checkout_session_is_never_attached_and_coming_back_twice_saves_one_card()
    {
        var (api, _) = await ApiClientAsync();
        var ada = new PortalPages(Factory);
        await ada.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com"))));
        var grace = new PortalPages(Factory);
        await grace.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api, "grace@example.com"))));
        string? adasSession = null;
        await SaveCardThroughCheckoutAsync(ada, StripeTestCard.Visa, id => adasSession = id);

        await grace.SubmitFormAsync("/test/portal/payment-methods", action: "/test/portal/payment-methods?handler=StartStripeSetup");
        var stolen = await grace.Client.GetAsync($"/test/portal/payment-methods/stripe-return?session_id={adasSession}");
        var reloaded = await ada.Client.GetAsync($"/test/portal/payment-methods/stripe-return?session_id={adasSession}");

        Assert.EndsWith("done=setup-failed", stolen.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.EndsWith("done=added", reloaded.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.payment_methods"));
    }

    [Fact]
    public async Task A_checkout_session_the_customer_did_not_finish_saves_no_card()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var cardSetup = scope.ServiceProvider.GetRequiredService<IStripeCardSetup>();
        var session = await cardSetup.StartAsync(Mode.Test, null, "ada@example.com", "Ada Lovelace", "https://portal.example/ok", "https://portal.example/back", default);

        var refused = await Assert.ThrowsAsync<DomainException>(() => cardSetup.CompleteAsync(Mode.Test, session.CheckoutSessionId, default));

        Assert.Equal("CARD_SETUP_INCOMPLETE", refused.Error.Code);
        Assert.StartsWith("https://checkout.stripe.com/", session.CheckoutUrl);
        Assert.StartsWith("cus_", session.StripeCustomerReference);
    }

    [Fact]
    public async Task Charges_the_saved_card_off_session_and_invoices_the_payment()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.Visa);

        var outcome = await ChargeAsync(business, customer, "renewal-1");

        Assert.Equal(ChargeStatus.Succeeded, outcome.Status);
        Assert.NotNull(outcome.InvoiceId);
        var intent = Stripe.PaymentIntent(Assert.Single(Stripe.IntentsOfPayment(outcome.PaymentId)));
        Assert.Equal(3050L, (long)intent["amount"]!);
        Assert.Equal("eur", (string?)intent["currency"]);
        Assert.Equal("Pro plan", (string?)intent["description"]);
        Assert.StartsWith("cus_", (string?)intent["customer"]);
        Assert.Equal((string?)intent["id"], await Database.ScalarAsync<string>(Factory, $"SELECT gateway_reference FROM billing.payments WHERE id = '{outcome.PaymentId}'"));
        Assert.Equal(1L, await InvoicesOfAsync(outcome.PaymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentSucceededIntegrationEvent>());
    }

    [Theory]
    [InlineData("pm_card_chargeDeclined", "card_declined")]
    [InlineData("pm_card_visa_chargeDeclinedInsufficientFunds", "insufficient_funds")]
    [InlineData("pm_card_authenticationRequired", "authentication_required")]
    public async Task A_declined_charge_fails_the_payment_with_stripes_reason(string testCard, string expectedCode)
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.ByToken(testCard)!);

        var outcome = await ChargeAsync(business, customer, "renewal-1");

        Assert.Equal(ChargeStatus.Failed, outcome.Status);
        Assert.Equal(expectedCode, outcome.FailureCode);
        Assert.False(string.IsNullOrWhiteSpace(outcome.FailureMessage));
        Assert.Null(outcome.InvoiceId);
        Assert.Equal("Failed", await PaymentStatusAsync(outcome.PaymentId));
        Assert.Equal(0L, await InvoicesOfAsync(outcome.PaymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentFailedIntegrationEvent>());
    }

    [Theory]
    [InlineData("answered too late")]
    [InlineData("connection dropped")]
    public async Task An_answer_lost_after_stripe_charged_is_recovered_by_a_retry_that_charges_once(string fault)
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.Visa);
        if (fault == "answered too late")
        {
            Stripe.AnswerNextPaymentIntentAfter(StripeFixture.ClientTimeout * 2);
        }
        else
        {
            Stripe.DropNextPaymentIntentAnswer();
        }

        var first = await ChargeAsync(business, customer, "renewal-1");

        Assert.Equal(ChargeStatus.Processing, first.Status);
        Assert.Single(Stripe.IntentsOfPayment(first.PaymentId));
        Assert.Equal("Processing", await PaymentStatusAsync(first.PaymentId));

        var retry = await ChargeAsync(business, customer, "renewal-1");

        Assert.Equal(first.PaymentId, retry.PaymentId);
        Assert.Equal(ChargeStatus.Succeeded, retry.Status);
        Assert.Single(Stripe.IntentsOfPayment(first.PaymentId));
        Assert.Equal(1L, await InvoicesOfAsync(first.PaymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentSucceededIntegrationEvent>());
        Assert.Equal(2, await Database.ScalarAsync<int>(Factory, $"SELECT gateway_attempts FROM billing.payments WHERE id = '{first.PaymentId}'"));
    }

    [Fact]
    public async Task A_refund_gives_the_charge_back_at_stripe_once()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.Visa);
        var paid = await ChargeAsync(business, customer, "order-1");

        var refund = await Factory.SendAsync(s => s.SendAsync(new Portal.Modules.Billing.Contracts.Refunds.RefundPaymentCommand(business, Mode.Test, paid.PaymentId, null, null)));
        var again = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.SendAsync(new Portal.Modules.Billing.Contracts.Refunds.RefundPaymentCommand(business, Mode.Test, paid.PaymentId, null, null))));

        Assert.Equal("succeeded", refund.Status);
        Assert.Equal("REFUND_EXCEEDS_PAYMENT", again.Error.Code);
        Assert.Equal([3050L], Stripe.RefundsOfIntent(Stripe.IntentsOfPayment(paid.PaymentId).Single()));
    }

    [Fact]
    public async Task Each_payment_is_its_own_stripe_charge()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.Visa);
        var before = Stripe.IntentsCreated;

        var first = await ChargeAsync(business, customer, "renewal-1");
        var second = await ChargeAsync(business, customer, "renewal-2");

        Assert.NotEqual(first.PaymentId, second.PaymentId);
        Assert.Equal(before + 2, Stripe.IntentsCreated);
        Assert.Single(Stripe.IntentsOfPayment(first.PaymentId));
        Assert.Single(Stripe.IntentsOfPayment(second.PaymentId));
    }

    [Fact]
    public async Task With_the_customer_present_a_card_that_asks_for_3ds_waits_for_them_then_settles_once_when_they_come_back()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.AuthenticationRequired);

        var waiting = await ChargeAsync(business, customer, "dues-1", ReturnUrl);
        var intent = Stripe.IntentsOfPayment(waiting.PaymentId).Single();
        var sentBack = Stripe.AnswerAuthentication(intent, authenticated: true);
        var settled = await ChargeAsync(business, customer, "dues-1", ReturnUrl, settleOnly: true);
        var again = await ChargeAsync(business, customer, "dues-1", ReturnUrl, settleOnly: true);

        Assert.Equal(ChargeStatus.RequiresCustomerAction, waiting.Status);
        Assert.Equal($"{Stripe.BaseAddress}/3ds/authenticate/{intent}", waiting.AuthenticationUrl);
        Assert.Equal($"{ReturnUrl}&payment_intent={intent}", sentBack);
        Assert.Equal((ChargeStatus.Succeeded, ChargeStatus.Succeeded), (settled.Status, again.Status));
        Assert.Equal("Succeeded", await PaymentStatusAsync(waiting.PaymentId));
        Assert.Equal(1L, await InvoicesOfAsync(waiting.PaymentId));
        Assert.Single(Stripe.IntentsOfPayment(waiting.PaymentId));
    }

    [Fact]
    public async Task A_failed_3ds_challenge_declines_the_payment_with_stripes_code_and_invoices_nothing()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.AuthenticationRequired);
        var waiting = await ChargeAsync(business, customer, "dues-1", ReturnUrl);

        Stripe.AnswerAuthentication(Stripe.IntentsOfPayment(waiting.PaymentId).Single(), authenticated: false);
        var settled = await ChargeAsync(business, customer, "dues-1", ReturnUrl, settleOnly: true);

        Assert.Equal((ChargeStatus.Failed, "payment_intent_authentication_failure"), (settled.Status, settled.FailureCode));
        Assert.Equal(0L, await InvoicesOfAsync(waiting.PaymentId));
    }

    [Theory]
    [InlineData(false, "Failed", "canceled")]
    [InlineData(true, "Succeeded", "succeeded")]
    public async Task An_abandoned_challenge_is_canceled_at_stripe_unless_the_customer_completed_it_meanwhile(bool completed, string payment, string intentStatus)
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.AuthenticationRequired);
        var waiting = await ChargeAsync(business, customer, "dues-1", ReturnUrl);
        var intent = Stripe.IntentsOfPayment(waiting.PaymentId).Single();
        if (completed)
        {
            Stripe.AnswerAuthentication(intent, authenticated: true);
        }

        Factory.Time.Advance(TimeSpan.FromMinutes(61));
        await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));

        Assert.Equal(payment, await PaymentStatusAsync(waiting.PaymentId));
        Assert.Equal(intentStatus, (string?)Stripe.PaymentIntent(intent)["status"]);
        Assert.Equal(completed ? 1L : 0L, await InvoicesOfAsync(waiting.PaymentId));
    }

    [Fact]
    public async Task Off_session_the_same_card_is_declined_with_authentication_required()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.AuthenticationRequired);

        var outcome = await ChargeAsync(business, customer, "renewal-1");

        Assert.Equal((ChargeStatus.Failed, "authentication_required"), (outcome.Status, outcome.FailureCode));
    }

    [Fact]
    public async Task A_customer_reactivates_in_the_portal_with_a_card_that_asks_for_3ds_through_stripes_page_and_back()
    {
        var (browser, business, subscriptionId, card) = await OnHoldInThePortalAsync();
        var page = $"/test/portal/subscriptions/{subscriptionId}/payment-method";

        var posted = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = card });
        var stripePage = posted.Headers.Location!.OriginalString;
        var sentBack = Stripe.AnswerAuthentication(stripePage[(stripePage.LastIndexOf('/') + 1)..], authenticated: true);
        var back = await browser.Client.GetAsync(PortalPages.PathOf(sentBack));

        Assert.StartsWith($"{Stripe.BaseAddress}/3ds/authenticate/pi_", stripePage, StringComparison.Ordinal);
        Assert.Equal($"{page}?done=reactivated", back.Headers.Location!.OriginalString);
        var reactivated = await GetAsync(Factory, business, subscriptionId);
        Assert.Equal(SubscriptionStatus.Active, reactivated.Status);
        Assert.Equal(card, reactivated.PaymentMethodId);
    }

    [Fact]
    public async Task A_customer_who_authenticates_and_never_comes_back_is_reactivated_with_that_card_all_the_same()
    {
        var (browser, business, subscriptionId, card) = await OnHoldInThePortalAsync();
        var posted = await browser.SubmitFormAsync($"/test/portal/subscriptions/{subscriptionId}/payment-method", new Dictionary<string, string> { ["chosen"] = card });
        var stripePage = posted.Headers.Location!.OriginalString;
        Stripe.AnswerAuthentication(stripePage[(stripePage.LastIndexOf('/') + 1)..], authenticated: true);

        Factory.Time.Advance(TimeSpan.FromMinutes(61));
        await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        await Factory.DrainAsync();

        var reactivated = await GetAsync(Factory, business, subscriptionId);
        Assert.Equal(SubscriptionStatus.Active, reactivated.Status);
        Assert.Equal(card, reactivated.PaymentMethodId);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM billing.payments WHERE subscription_id = '{subscriptionId}' AND idempotency_key LIKE '%:dues:%'"));
    }

    [Fact]
    public async Task Twenty_concurrent_returns_and_the_signed_webhook_settle_one_payment_and_reactivate_once()
    {
        var (browser, business, subscriptionId, card) = await OnHoldInThePortalAsync();
        var page = $"/test/portal/subscriptions/{subscriptionId}/payment-method";
        var posted = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = card });
        var stripePage = posted.Headers.Location!.OriginalString;
        var intentId = stripePage[(stripePage.LastIndexOf('/') + 1)..];
        var back = PortalPages.PathOf(Stripe.AnswerAuthentication(intentId, authenticated: true));
        var webhook = EventAbout(intentId, "payment_intent.succeeded");

        var returns = Enumerable.Range(0, 20).Select(_ => Task.Run(() => browser.Client.GetAsync(back))).ToList();
        var notified = Task.Run(() => PostWebhookAsync(webhook, Sign));
        var answers = await Task.WhenAll(returns);
        var notice = await notified;
        await Factory.DrainAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, notice.StatusCode);
        Assert.All(answers, r => Assert.Contains(r.Headers.Location!.OriginalString, new[] { $"{page}?done=reactivated", $"{page}?done=changed" }));
        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(Factory, business, subscriptionId)).Status);
        Assert.Single(Stripe.IntentsOfPayment(await Database.ScalarAsync<string>(
            Factory, $"SELECT id FROM billing.payments WHERE subscription_id = '{subscriptionId}' AND idempotency_key LIKE '%:dues:%'")));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM billing.payments WHERE subscription_id = '{subscriptionId}' AND idempotency_key LIKE '%:dues:%'"));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM billing.invoices i JOIN billing.payments p ON p.id = i.payment_id WHERE p.subscription_id = '{subscriptionId}' AND p.idempotency_key LIKE '%:dues:%'"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM subscriptions.outbox_messages WHERE payload::text LIKE '%\"reactivated\"%'"));
    }

    /// <summary>
    /// A customer signed in to the portal with two cards saved through Checkout, a Visa and a card whose bank asks for 3-D Secure
    /// (<c>Card</c>), and a subscription paid with the Visa, now on hold.
    /// </summary>
    private async Task<(PortalPages Browser, BusinessId Business, string SubscriptionId, string Card)> OnHoldInThePortalAsync()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        await SaveCardThroughCheckoutAsync(browser, StripeTestCard.Visa);
        await SaveCardThroughCheckoutAsync(browser, StripeTestCard.AuthenticationRequired);
        var visa = await Database.ScalarAsync<string>(Factory, "SELECT id FROM billing.payment_methods WHERE card_last_four = '4242'");
        var subscription = await SubscribeAsync(Factory, business, new CustomerId(customer), await PlanAsync(Factory, business), paymentMethodId: visa);
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));
        return (browser, business, subscription.Id, await Database.ScalarAsync<string>(Factory, "SELECT id FROM billing.payment_methods WHERE card_last_four = '3184'"));
    }

    private const string ReturnUrl = "https://portal.example/test/portal/subscriptions/sub_1/payment-method?chosen=pm_1&done=authenticated";
}
