using System.Net;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support.StripeEmulator;

namespace Portal.Tests.Integration.Billing;

/// <summary>
/// <c>POST /test/webhooks/stripe</c>: Stripe's notices settle payments whose answer was lost, only when
/// signed with the mode's secret within five minutes of our clock, and once per event.
/// </summary>
public sealed class StripeWebhookTests(StripeFixture fixture) : StripeIntegrationTest(fixture)
{
    [Fact]
    public async Task A_signed_payment_succeeded_event_settles_a_payment_left_processing_and_invoices_it()
    {
        var (paymentId, intentId) = await PaymentLeftProcessingAsync(StripeTestCard.Visa);

        var response = await PostWebhookAsync(EventAbout(intentId, "payment_intent.succeeded"), Sign);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Succeeded", await PaymentStatusAsync(paymentId));
        Assert.Equal(intentId, await Database.ScalarAsync<string>(Factory, $"SELECT gateway_reference FROM billing.payments WHERE id = '{paymentId}'"));
        Assert.Equal(1L, await InvoicesOfAsync(paymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentSucceededIntegrationEvent>());
    }

    [Fact]
    public async Task A_signed_payment_failed_event_fails_a_payment_left_processing_with_the_decline_reason()
    {
        var (paymentId, intentId) = await PaymentLeftProcessingAsync(StripeTestCard.InsufficientFunds);

        var response = await PostWebhookAsync(EventAbout(intentId, "payment_intent.payment_failed"), Sign);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Failed", await PaymentStatusAsync(paymentId));
        Assert.Equal("insufficient_funds", await Database.ScalarAsync<string>(Factory, $"SELECT failure_code FROM billing.payments WHERE id = '{paymentId}'"));
        Assert.Equal(0L, await InvoicesOfAsync(paymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentFailedIntegrationEvent>());
    }

    [Fact]
    public async Task A_signed_payment_succeeded_event_settles_a_payment_waiting_for_the_customers_3ds_before_they_come_back()
    {
        var (business, customer) = await CustomerWithStripeCardAsync(StripeTestCard.AuthenticationRequired);
        var waiting = await ChargeAsync(business, customer, "dues-1", "https://portal.example/back");
        var intentId = Stripe.IntentsOfPayment(waiting.PaymentId).Single();
        Stripe.AnswerAuthentication(intentId, authenticated: true);

        var response = await PostWebhookAsync(EventAbout(intentId, "payment_intent.succeeded"), Sign);
        var back = await ChargeAsync(business, customer, "dues-1", "https://portal.example/back", settleOnly: true);

        Assert.Equal(ChargeStatus.RequiresCustomerAction, waiting.Status);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChargeStatus.Succeeded, back.Status);
        Assert.Equal(1L, await InvoicesOfAsync(waiting.PaymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentSucceededIntegrationEvent>());
    }

    [Fact]
    public async Task A_card_set_up_on_checkout_is_saved_once_by_the_signed_setup_intent_event_when_the_customer_never_comes_back()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        var started = await browser.SubmitFormAsync("/test/portal/payment-methods", action: "/test/portal/payment-methods?handler=StartStripeSetup");
        var sessionId = started.Headers.Location!.Segments[^1];
        var methodId = Stripe.CompleteCheckoutSession(sessionId, StripeTestCard.AuthenticationRequired);
        var webhook = EventJson(Stripe.SetupIntentOf(sessionId), "setup_intent.succeeded");

        var first = await PostWebhookAsync(webhook, Sign);
        var redelivered = await PostWebhookAsync(webhook, Sign);
        var savedBeforeReturn = await CountAsync($"SELECT count(*) FROM billing.payment_methods WHERE customer_id = '{customer}'");
        var backLater = await browser.Client.GetAsync($"/test/portal/payment-methods/stripe-return?session_id={sessionId}");

        Assert.All([first, redelivered], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1L, savedBeforeReturn);
        Assert.EndsWith("done=added", backLater.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(
            $"{methodId} 3184 t",
            await Database.ScalarAsync<string>(Factory, $"SELECT string_agg(gateway_reference || ' ' || card_last_four || ' ' || left(is_default::text, 1), ',') FROM billing.payment_methods WHERE customer_id = '{customer}'"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.webhook_events"));
    }

    [Fact]
    public async Task A_setup_intent_event_about_a_stripe_customer_we_do_not_know_saves_nothing()
    {
        var (_, customer) = await CustomerWithStripeCardAsync(StripeTestCard.Visa);
        var setupIntent = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "seti_unknown",
            ["object"] = "setup_intent",
            ["status"] = "succeeded",
            ["customer"] = "cus_someone_else",
            ["payment_method"] = "pm_unknown",
        };

        var response = await PostWebhookAsync(EventJson(setupIntent, "setup_intent.succeeded"), Sign);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM billing.payment_methods WHERE customer_id = '{customer}'"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.webhook_events"));
    }

    [Fact]
    public async Task A_wrong_or_missing_signature_is_refused_and_changes_nothing()
    {
        var (paymentId, intentId) = await PaymentLeftProcessingAsync(StripeTestCard.Visa);
        var body = EventAbout(intentId, "payment_intent.succeeded");

        var forged = await PostWebhookAsync(body, b => SignatureOf(b, "whsec_someone_else", Factory.Time.GetUtcNow()));
        var unsigned = await PostWebhookAsync(body, _ => null);
        var tampered = await PostWebhookAsync(body.Replace("\"livemode\":false", "\"livemode\":true", StringComparison.Ordinal), _ => Sign(body));

        await CustomersApiTests.AssertErrorAsync(forged, HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
        await CustomersApiTests.AssertErrorAsync(unsigned, HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
        await CustomersApiTests.AssertErrorAsync(tampered, HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
        await AssertNothingChangedAsync(paymentId);
    }

    [Fact]
    public async Task A_signature_more_than_five_minutes_old_by_our_clock_is_refused()
    {
        var (paymentId, intentId) = await PaymentLeftProcessingAsync(StripeTestCard.Visa);
        var body = EventAbout(intentId, "payment_intent.succeeded");
        var signature = Sign(body);
        // Only our clock moves: a check against the machine's clock would still accept this signature.
        Factory.Time.Advance(TimeSpan.FromSeconds(301));

        var stale = await PostWebhookAsync(body, _ => signature);

        await CustomersApiTests.AssertErrorAsync(stale, HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
        await AssertNothingChangedAsync(paymentId);
        Assert.Equal(HttpStatusCode.OK, (await PostWebhookAsync(body, Sign)).StatusCode);
        Assert.Equal("Succeeded", await PaymentStatusAsync(paymentId));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_at_once_settles_the_payment_once()
    {
        var (paymentId, intentId) = await PaymentLeftProcessingAsync(StripeTestCard.Visa);
        var body = EventAbout(intentId, "payment_intent.succeeded");

        var responses = await Task.WhenAll(PostWebhookAsync(body, Sign), PostWebhookAsync(body, Sign));
        var later = await PostWebhookAsync(body, Sign);

        Assert.All([.. responses, later], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("Succeeded", await PaymentStatusAsync(paymentId));
        Assert.Equal(1L, await InvoicesOfAsync(paymentId));
        Assert.Equal(1L, await OutboxEventsAsync<PaymentSucceededIntegrationEvent>());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.webhook_events"));
    }

    [Fact]
    public async Task An_event_about_a_payment_we_do_not_know_is_acknowledged_and_ignored()
    {
        var (paymentId, intentId) = await PaymentLeftProcessingAsync(StripeTestCard.Visa);
        var intent = Stripe.PaymentIntent(intentId);
        intent["metadata"]!["payment_id"] = "pay_00000000000000000000000000";

        var response = await PostWebhookAsync(EventJson(intent, "payment_intent.succeeded"), Sign);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingChangedAsync(paymentId);
    }

    [Fact]
    public async Task Live_mode_without_stripe_keys_has_no_stripe_webhook()
    {
        var response = await PostWebhookAsync("{}", Sign, "/webhooks/stripe");

        await CustomersApiTests.AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    /// <summary>A Stripe charge whose answer was lost (connection dropped after Stripe created the intent).</summary>
    private async Task<(string PaymentId, string IntentId)> PaymentLeftProcessingAsync(StripeTestCard card)
    {
        var (business, customer) = await CustomerWithStripeCardAsync(card);
        Stripe.DropNextPaymentIntentAnswer();
        var outcome = await ChargeAsync(business, customer, "renewal-1");
        Assert.Equal(ChargeStatus.Processing, outcome.Status);
        return (outcome.PaymentId, Stripe.IntentsOfPayment(outcome.PaymentId).Single());
    }

    private async Task AssertNothingChangedAsync(string paymentId)
    {
        Assert.Equal("Processing", await PaymentStatusAsync(paymentId));
        Assert.Equal(0L, await InvoicesOfAsync(paymentId));
        // Only the announcement that the charge is processing, written when its answer was lost.
        Assert.Equal("billing.payment_processing", await Database.ScalarAsync<string>(Factory, "SELECT string_agg(event_type, ',') FROM billing.outbox_messages"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.webhook_events"));
    }
}
