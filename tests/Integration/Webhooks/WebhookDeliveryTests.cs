using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>
/// Deliveries as a merchant's server receives them: one per event and endpoint, signed the Standard Webhooks
/// way, in Dodo's envelope, retried with the same <c>webhook-id</c> until accepted, and only to endpoints of
/// the event's business and mode that take its type.
/// </summary>
public sealed class WebhookDeliveryTests(DatabaseFixture fixture) : IntegrationTest(fixture), IAsyncLifetime
{
    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();
    private int _seen;

    async Task IAsyncLifetime.DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_subscriptions_life_reaches_the_merchant_signed_in_dodos_envelope_with_the_retrieves_data()
    {
        var tiers = await PlanChangeArrangement.TiersAsync(Factory);
        var (api, _) = await ApiClientAsync(business: tiers.Business);
        var (_, secret) = await EndpointAsync(api, _receiver.Url, "\"headers\":{\"X-Shop\":\"acme\"}");
        var steps = new List<IReadOnlyList<string>> { await NewTypesAsync() };
        var card = (await Billing.BillingArrangement.AddCardAsync(Factory, tiers.Business, tiers.Customer, "5555555555554444", makeDefault: false)).PaymentMethodId;

        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(tiers.Business, Mode.Test, tiers.SubscriptionId, SimulateDecline: true)));
        steps.Add(await NewTypesAsync());
        await Factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPaymentMethodCommand(tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, card)));
        steps.Add(await NewTypesAsync());
        await PlanChangeArrangement.ChangeAsync(Factory, tiers, tiers.Pro);
        steps.Add(await NewTypesAsync());
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, AtPeriodEnd: false)));
        steps.Add(await NewTypesAsync());

        var bodies = _receiver.Received.Select(w => Verified(w, secret)).ToList();
        Assert.Equal<IReadOnlyList<string>>(
            [
                ["payment.succeeded", "subscription.active"],
                ["dunning.started", "subscription.on_hold"],
                ["dunning.recovered", "payment.succeeded", "subscription.active", "subscription.update_payment_method"],
                ["payment.succeeded", "subscription.plan_changed"],
                ["subscription.cancelled"],
            ],
            steps);
        Assert.All(bodies, b => Assert.Equal(tiers.Business.Value, b.GetProperty("business_id").GetString()));
        Assert.Equal(11, _receiver.Received.Select(w => w.Headers["webhook-id"]).Distinct().Count());
        Assert.All(_receiver.Received, w => Assert.Equal("acme", w.Headers["x-shop"]));
        Assert.All(bodies.Where(b => b.GetProperty("type").GetString()!.StartsWith("subscription.", StringComparison.Ordinal)), b =>
            Assert.Equal("Subscription", b.GetProperty("data").GetProperty("payload_type").GetString()));
        var recovered = bodies.Single(b => b.GetProperty("type").GetString() == "dunning.recovered").GetProperty("data");
        Assert.Equal(tiers.SubscriptionId, recovered.GetProperty("subscription_id").GetString());
        Assert.Equal("recovered", recovered.GetProperty("status").GetString());
        Assert.Equal("on_hold", recovered.GetProperty("trigger_state").GetString());
        Assert.StartsWith("pay_", recovered.GetProperty("payment_id").GetString());
        Assert.Equal("recovering", bodies.Single(b => b.GetProperty("type").GetString() == "dunning.started").GetProperty("data").GetProperty("status").GetString());
        Assert.All(bodies.Where(b => b.GetProperty("type").GetString() == "payment.succeeded"), b =>
            Assert.Equal("Payment", b.GetProperty("data").GetProperty("payload_type").GetString()));
        var cancelled = JsonNode.Parse(bodies.Last(b => b.GetProperty("type").GetString() == "subscription.cancelled").GetProperty("data").GetRawText())!.AsObject();
        cancelled.Remove("payload_type");
        var retrieved = await api.GetFromJsonAsync<JsonElement>($"/subscriptions/{tiers.SubscriptionId}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(retrieved.GetRawText()), cancelled), $"{cancelled} ≠ {retrieved}");
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_receiver_that_answers_500_then_200_gets_the_same_webhook_id_twice_and_nothing_more()
    {
        var (api, business, customer) = await CustomerAsync();
        var (_, secret) = await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        _receiver.Answer(HttpStatusCode.InternalServerError);

        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "retry-1"));
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(6));
        await DeliverDueAsync(Factory);
        Factory.Time.Advance(TimeSpan.FromDays(4));
        await DeliverDueAsync(Factory);

        Assert.Equal([500, 200], _receiver.Received.Select(w => w.Answered));
        Assert.Single(_receiver.Received.Select(w => w.Headers["webhook-id"]).Distinct());
        Assert.All(_receiver.Received, w => Verified(w, secret));
        Assert.Equal("succeeded", await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries"));
        Assert.Equal(2, await Database.ScalarAsync<int>(Factory, "SELECT attempts FROM webhooks.deliveries"));
    }

    [Fact]
    public async Task A_receiver_down_for_hours_gets_every_event_once_it_is_back_and_none_twice_once_accepted()
    {
        var (api, business, customer) = await CustomerAsync();
        await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        _receiver.Answer([.. Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 3 * 4)]);

        for (var i = 0; i < 3; i++)
        {
            await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, $"down-{i}"));
        }

        await Factory.DrainAsync();
        foreach (var wait in new[] { TimeSpan.FromSeconds(6), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(31), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromDays(1) })
        {
            Factory.Time.Advance(wait);
            await DeliverDueAsync(Factory);
        }

        var accepted = _receiver.Received.Where(w => w.Answered == 200).Select(w => w.Headers["webhook-id"]).ToList();
        Assert.Equal(3, accepted.Count);
        Assert.Equal(3, accepted.Distinct().Count());
        Assert.Equal(15, _receiver.Received.Count); // four refusals each, then one acceptance each
        Assert.Equal(3, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries WHERE status = 'succeeded'"));
    }

    [Fact]
    public async Task Test_events_reach_only_test_endpoints_of_the_business_and_filters_and_disabled_endpoints_are_honoured()
    {
        await using var live = WebhookReceiver.Start();
        await using var stranger = WebhookReceiver.Start();
        await using var filtered = WebhookReceiver.Start();
        await using var disabled = WebhookReceiver.Start();
        var (api, business, customer) = await CustomerAsync();
        var (liveApi, _) = await ApiClientAsync(Mode.Live, business);
        var (strangerApi, _) = await ApiClientAsync();
        await EndpointAsync(api, _receiver.Url);
        await EndpointAsync(liveApi, live.Url.Replace("http://127.0.0.1", "https://localhost", StringComparison.Ordinal));
        await EndpointAsync(strangerApi, stranger.Url);
        await EndpointAsync(api, filtered.Url, "\"filter_types\":[\"subscription.cancelled\"]");
        await EndpointAsync(api, disabled.Url, "\"disabled\":true");

        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "scoped"));
        await Factory.DrainAsync();

        Assert.Equal(["payment.succeeded"], _receiver.Received.Select(TypeOf));
        Assert.Empty(live.Received);
        Assert.Empty(stranger.Received);
        Assert.Empty(filtered.Received);
        Assert.Empty(disabled.Received);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries"));
    }

    [Fact]
    public async Task A_refund_reaches_the_merchant_as_refund_succeeded_with_what_the_refund_api_answered()
    {
        var (api, business, customer) = await CustomerAsync();
        var (_, secret) = await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"refund.succeeded\"]");
        var payment = await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "refunded"));

        var refund = await (await api.PostAsync("/refunds", WebhooksApiTests.Json($"{{\"payment_id\":\"{payment.PaymentId}\",\"reason\":\"Changed my mind\"}}"))).Content.ReadFromJsonAsync<JsonElement>();
        await Factory.DrainAsync();

        var delivered = Verified(Assert.Single(_receiver.Received), secret);
        Assert.Equal("refund.succeeded", delivered.GetProperty("type").GetString());
        var data = JsonNode.Parse(delivered.GetProperty("data").GetRawText())!.AsObject();
        Assert.Equal("Refund", data["payload_type"]!.GetValue<string>());
        data.Remove("payload_type");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(refund.GetRawText()), data), $"{data} ≠ {refund}");
    }

    [Fact]
    public async Task An_endpoint_failing_for_five_days_is_disabled_and_its_owners_are_emailed_once()
    {
        var (api, business, customer) = await CustomerAsync();
        await Factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, "olivia@acme.example", "Olivia Owner", "correct horse battery staple")));
        await Factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, "sam@acme.example", "Sam Support", "correct horse battery staple", MerchantRole.Support)));
        var (id, _) = await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        _receiver.Answer([.. Enumerable.Repeat(HttpStatusCode.InternalServerError, 100)]);

        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "failing-1"));
        await Factory.DrainAsync();
        await MoveClockAsync(TimeSpan.FromDays(4));
        var afterFourDays = await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}");
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "failing-2"));
        await Factory.DrainAsync();
        await MoveClockAsync(TimeSpan.FromDays(1.5));
        var attemptsWhenDisabled = _receiver.Received.Count;
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "after-disabling"));
        await Factory.DrainAsync();
        await MoveClockAsync(TimeSpan.FromDays(1));

        Assert.False(afterFourDays.GetProperty("disabled").GetBoolean());
        Assert.True((await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}")).GetProperty("disabled").GetBoolean());
        Assert.Equal(attemptsWhenDisabled, _receiver.Received.Count);
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE \"to\" = 'olivia@acme.example' AND subject LIKE 'A webhook endpoint of % was disabled'"));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE \"to\" = 'sam@acme.example'"));
    }

    [Fact]
    public async Task An_endpoints_rate_limit_spaces_its_attempts()
    {
        var (api, business, customer) = await CustomerAsync();
        await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.succeeded\"],\"rate_limit\":5");
        for (var i = 0; i < 6; i++)
        {
            await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, $"paced-{i}"));
        }

        await Factory.DrainAsync();

        var arrivals = _receiver.Received.Select(w => w.ArrivedAt).Order().ToList();
        Assert.Equal(6, arrivals.Count);
        // Five a second: attempt starts 200 ms apart, so the 2nd to the 6th span 800 ms. Arrivals add each
        // attempt's own latency (the first's includes a new connection, so it is left out), hence the wide
        // allowance; unpaced, all six arrive within a few milliseconds.
        Assert.True(arrivals[^1] - arrivals[1] >= TimeSpan.FromMilliseconds(600), $"{arrivals[^1] - arrivals[1]}");
    }

    [Fact]
    public async Task A_charge_whose_answer_was_lost_is_announced_processing_once_then_succeeded()
    {
        var (api, business, customer) = await CustomerAsync();
        await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.processing\",\"payment.succeeded\"]");
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);

        var lost = await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "lost-answer"));
        await Factory.DrainAsync();
        var retried = await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "lost-answer"));
        await Factory.DrainAsync();

        Assert.Equal(ChargeStatus.Processing, lost.Status);
        Assert.Equal(ChargeStatus.Succeeded, retried.Status);
        Assert.Equal(["payment.processing", "payment.succeeded"], _receiver.Received.Select(TypeOf));
        Assert.Equal("processing", JsonDocument.Parse(_receiver.Received[0].Body).RootElement.GetProperty("data").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_refund_the_gateway_refuses_reaches_the_merchant_as_refund_failed()
    {
        var (api, business, customer) = await CustomerAsync();
        await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"refund.succeeded\",\"refund.failed\"]");
        var payment = await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "unrefundable"));
        // The gateway's own ledger no longer holds the money: it refuses the refund Billing asks for.
        await Database.ExecuteAsync(Factory, "UPDATE billing.sandbox_charges SET amount = 0");

        var refused = await api.PostAsync("/refunds", WebhooksApiTests.Json($"{{\"payment_id\":\"{payment.PaymentId}\"}}"));
        await Factory.DrainAsync();

        var delivered = JsonDocument.Parse(Assert.Single(_receiver.Received).Body).RootElement;
        Assert.Equal("refund.failed", delivered.GetProperty("type").GetString());
        Assert.Equal("failed", delivered.GetProperty("data").GetProperty("status").GetString());
        Assert.Contains("\"status\":\"failed\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_license_key_reaches_the_merchant_with_its_key_which_is_never_stored_in_clear()
    {
        var (api, business, customer) = await CustomerAsync();
        var (_, secret) = await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"license_key.created\"]");
        var product = await Licensing.LicensingArrangement.LicensedProductAsync(Factory, business, activationLimit: 2, name: "Desktop");

        await Licensing.LicensingArrangement.BuyAsync(Factory, business, customer, product);
        await Factory.DrainAsync();

        var key = Assert.Single(await Licensing.LicensingArrangement.KeysAsync(Factory, business, customer)).Key.Key;
        var delivered = Verified(Assert.Single(_receiver.Received), secret);
        Assert.Equal("license_key.created", delivered.GetProperty("type").GetString());
        Assert.Equal(key, delivered.GetProperty("data").GetProperty("key").GetString());
        Assert.Equal("LicenseKey", delivered.GetProperty("data").GetProperty("payload_type").GetString());
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM webhooks.messages WHERE sealed_body LIKE '%{key}%' OR sealed_body LIKE '%license_key%'"));
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        var (api, business, customer) = await CustomerAsync();
        await EndpointAsync(api, _receiver.Url);
        _receiver.Answer(HttpStatusCode.Found);

        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "redirected"));
        await Factory.DrainAsync();

        Assert.Single(_receiver.Received);
        Assert.Equal("pending", await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries"));
        Assert.Equal(302, await Database.ScalarAsync<int>(Factory, "SELECT last_response_code FROM webhooks.deliveries"));
    }

    /// <summary>Moves the clock in steps no longer than an hour, delivering what falls due at each, as the sweep would.</summary>
    private async Task MoveClockAsync(TimeSpan span)
    {
        for (var moved = TimeSpan.Zero; moved < span; moved += TimeSpan.FromHours(1))
        {
            Factory.Time.Advance(TimeSpan.FromHours(1));
            await DeliverDueAsync(Factory);
        }

        await Factory.DrainAsync();
    }

    [Fact]
    public async Task An_event_published_while_a_run_is_sending_is_sent_by_that_run_without_enqueueing_another()
    {
        var (api, business, _) = await CustomerAsync();
        var (endpoint, _) = await EndpointAsync(api, _receiver.Url);
        await Factory.SendAsync(s => s.SendAsync(new Portal.Modules.Webhooks.Contracts.Deliveries.SendTestWebhookCommand(business, Mode.Test, endpoint)));

        // A run is sending the first event (the receiver holds its answer) when the second is published.
        var release = new TaskCompletionSource();
        var arrived = _receiver.HoldNext(release.Task);
        var run = DeliverDueAsync(Factory);
        await arrived;
        var runsEnqueued = await DeliveryRunsEnqueuedAsync();
        await Factory.SendAsync(s => s.SendAsync(new Portal.Modules.Webhooks.Contracts.Deliveries.SendTestWebhookCommand(business, Mode.Test, endpoint)));
        var runsEnqueuedByThePublish = await DeliveryRunsEnqueuedAsync() - runsEnqueued;
        release.SetResult();
        await run;

        Assert.Equal(0, runsEnqueuedByThePublish);
        Assert.Equal(2, _receiver.Received.Select(w => w.Headers["webhook-id"]).Distinct().Count());
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries WHERE status = 'succeeded'"));
    }

    [Fact]
    public async Task An_attempt_that_could_not_start_before_its_claim_ran_out_is_released_unsent_and_sent_by_the_next_run()
    {
        var (api, business, customer) = await CustomerAsync();
        await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.succeeded\"],\"rate_limit\":1");
        _receiver.Answer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable);
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "lease-1"));
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "lease-2"));
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(6));

        // One run claims both retries; the rate limit keeps the second a second behind the first, and while the
        // first is being answered the claim's time runs out.
        var release = new TaskCompletionSource();
        var arrived = _receiver.HoldNext(release.Task);
        var run = DeliverDueAsync(Factory);
        await arrived;
        Factory.Time.Advance(TimeSpan.FromMinutes(2));
        release.SetResult();
        await run;
        var afterRun = await Database.ScalarAsync<string>(Factory, "SELECT string_agg(status || ' ' || attempts, ', ' ORDER BY attempts DESC) FROM webhooks.deliveries");
        var sentInRun = _receiver.Received.Count - 2;
        await DeliverDueAsync(Factory);

        Assert.Equal("succeeded 2, pending 1", afterRun);
        Assert.Equal(1, sentInRun);
        Assert.Equal(4, _receiver.Received.Count);
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries WHERE status = 'succeeded' AND attempts = 2"));
    }

    private Task<long> DeliveryRunsEnqueuedAsync() =>
        Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%DeliverWebhooksJob%'");

    private async Task<(HttpClient Api, BusinessId Business, CustomerId Customer)> CustomerAsync()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        return (api, business, customer);
    }

    /// <summary>The types delivered by the step just taken, sorted: delivery order is not guaranteed within a step.</summary>
    private async Task<IReadOnlyList<string>> NewTypesAsync()
    {
        var before = _seen;
        await Factory.DrainAsync();
        _seen = _receiver.Received.Count;
        return [.. _receiver.Received.Skip(before).Select(TypeOf).Order(StringComparer.Ordinal)];
    }
}
