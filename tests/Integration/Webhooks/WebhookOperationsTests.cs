using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Webhooks.Contracts.Deliveries;
using Portal.Modules.Webhooks.Contracts.Endpoints;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>What the admin area does with an endpoint: its delivery log, replays, a test event and a secret roll.</summary>
public sealed class WebhookOperationsTests(DatabaseFixture fixture) : IntegrationTest(fixture), IAsyncLifetime
{
    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();

    async Task IAsyncLifetime.DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task The_log_lists_deliveries_newest_first_and_a_replay_sends_one_again_under_its_webhook_id()
    {
        var (business, customer, id, _) = await EndpointWithCustomerAsync();
        for (var i = 0; i < 3; i++)
        {
            await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, $"log-{i}"));
            await Factory.DrainAsync();
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var log = await Factory.SendAsync(s => s.QueryAsync(new ListWebhookDeliveriesQuery(business, Mode.Test, id, 0, 2)));
        await Factory.SendAsync(s => s.SendAsync(new ReplayWebhookDeliveryCommand(business, Mode.Test, id, log.Deliveries[1].Id)));
        await Factory.DrainAsync();

        Assert.True(log.HasMore);
        Assert.Equal(2, log.Deliveries.Count);
        Assert.True(log.Deliveries[0].CreatedAt > log.Deliveries[1].CreatedAt);
        Assert.All(log.Deliveries, d => Assert.Equal(("payment.succeeded", "succeeded", 1, 200), (d.EventType, d.Status, d.Attempts, d.LastResponseCode)));
        Assert.Equal(4, _receiver.Received.Count);
        Assert.Equal(log.Deliveries[1].WebhookId, _receiver.Received[^1].Headers["webhook-id"]);
    }

    [Fact]
    public async Task Failures_since_a_time_are_sent_again_and_the_others_are_not()
    {
        var (business, customer, id, _) = await EndpointWithCustomerAsync();
        _receiver.Answer([.. Enumerable.Repeat(HttpStatusCode.BadGateway, 10)]);
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "given-up"));
        await Factory.DrainAsync();
        for (var hour = 0; hour < 80; hour++)
        {
            Factory.Time.Advance(TimeSpan.FromHours(1));
            await DeliverDueAsync(Factory);
        }

        var before = await Factory.SendAsync(s => s.QueryAsync(new ListWebhookDeliveriesQuery(business, Mode.Test, id, 0, 10)));
        var none = await Factory.SendAsync(s => s.SendAsync(new ReplayFailedWebhookDeliveriesCommand(business, Mode.Test, id, Factory.Time.GetUtcNow())));
        var replayed = await Factory.SendAsync(s => s.SendAsync(new ReplayFailedWebhookDeliveriesCommand(business, Mode.Test, id, Factory.Time.GetUtcNow().AddDays(-30))));
        await Factory.DrainAsync();

        Assert.Equal(("failed", 10), (before.Deliveries[0].Status, before.Deliveries[0].Attempts));
        Assert.Equal(0, none);
        Assert.Equal(1, replayed);
        Assert.Equal(200, _receiver.Received[^1].Answered);
        Assert.Equal("succeeded", await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries"));
    }

    [Fact]
    public async Task A_test_event_reaches_the_endpoint_whatever_its_filter_and_a_disabled_endpoint_gets_none()
    {
        var (api, business) = await ApiClientAsync();
        var (id, secret) = await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"license_key.created\"]");

        await Factory.SendAsync(s => s.SendAsync(new SendTestWebhookCommand(business, Mode.Test, id)));
        await Factory.DrainAsync();
        await api.PatchAsync($"/webhooks/{id}", WebhooksApiTests.Json("{\"disabled\":true}"));
        var refused = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.SendAsync(new SendTestWebhookCommand(business, Mode.Test, id))));

        var test = Verified(Assert.Single(_receiver.Received), secret);
        Assert.Equal("webhook.test", test.GetProperty("type").GetString());
        Assert.Equal("Test", test.GetProperty("data").GetProperty("payload_type").GetString());
        Assert.Equal("WEBHOOK_DISABLED", refused.Error.Code);
    }

    [Fact]
    public async Task After_a_roll_deliveries_carry_both_signatures_for_a_day_then_only_the_new_one()
    {
        var (business, customer, id, oldSecret) = await EndpointWithCustomerAsync();
        var api = (await ApiClientAsync(business: business)).Client;

        await Factory.SendAsync(s => s.SendAsync(new RollWebhookSecretCommand(business, Mode.Test, id)));
        var newSecret = (await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}/secret")).GetProperty("secret").GetString()!;
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "rolled-1"));
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromHours(25));
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "rolled-2"));
        await Factory.DrainAsync();

        var (duringOverlap, afterOverlap) = (_receiver.Received[0], _receiver.Received[1]);
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal(2, duringOverlap.Headers["webhook-signature"].Split(' ').Length);
        Verified(duringOverlap, oldSecret);
        Verified(duringOverlap, newSecret);
        Assert.Single(afterOverlap.Headers["webhook-signature"].Split(' '));
        Verified(afterOverlap, newSecret);
        Assert.ThrowsAny<Exception>(() => Verified(afterOverlap, oldSecret));
    }

    [Fact]
    public async Task Another_business_cannot_read_the_log_replay_test_or_roll_an_endpoint()
    {
        var (business, customer, id, _) = await EndpointWithCustomerAsync();
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "foreign"));
        await Factory.DrainAsync();
        var delivery = (await Factory.SendAsync(s => s.QueryAsync(new ListWebhookDeliveriesQuery(business, Mode.Test, id, 0, 10)))).Deliveries[0].Id;
        var stranger = await CreateBusinessAsync("Globex");

        foreach (var attempt in new Func<Task>[]
        {
            () => Factory.SendAsync(s => s.QueryAsync(new ListWebhookDeliveriesQuery(stranger, Mode.Test, id, 0, 10))),
            () => Factory.SendAsync(s => s.QueryAsync(new ListWebhookDeliveriesQuery(business, Mode.Live, id, 0, 10))),
            () => Factory.SendAsync(s => s.SendAsync(new ReplayWebhookDeliveryCommand(stranger, Mode.Test, id, delivery))),
            () => Factory.SendAsync(s => s.SendAsync(new ReplayFailedWebhookDeliveriesCommand(stranger, Mode.Test, id, DateTimeOffset.MinValue))),
            () => Factory.SendAsync(s => s.SendAsync(new SendTestWebhookCommand(stranger, Mode.Test, id))),
            () => Factory.SendAsync(s => s.SendAsync(new RollWebhookSecretCommand(stranger, Mode.Test, id))),
        })
        {
            Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(attempt)).Error.Kind);
        }

        await DeliverDueAsync(Factory);
        Assert.Single(_receiver.Received);
    }

    private async Task<(BusinessId Business, CustomerId Customer, string EndpointId, string Secret)> EndpointWithCustomerAsync()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        var (id, secret) = await EndpointAsync(api, _receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        return (business, customer, id, secret);
    }
}
