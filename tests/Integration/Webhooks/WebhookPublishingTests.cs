using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Billing.BillingArrangement;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>
/// Payment events reach the webhooks a job's batch at a time: the batch's payments are read together and published
/// in one transaction, and a batch that fails is published again event by event, so one bad event holds back none.
/// </summary>
public sealed class WebhookPublishingTests(DatabaseFixture fixture) : IntegrationTest(fixture), IAsyncLifetime
{
    private const string PaymentsHandler = "webhooks.publish_payment_events";

    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();

    async Task IAsyncLifetime.DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_burst_of_payments_is_published_in_one_transaction_each_payment_once_to_each_endpoint_as_the_retrieve_answers_it()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        var (_, secret) = await EndpointAsync(api, _receiver.Url);
        var (_, otherSecret) = await EndpointAsync(api, _receiver.Url + "/second");
        var payments = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            payments.Add((await ChargeAsync(Factory, Charge(business, customer, $"burst-{i}", unitAmount: 1_000 + i))).PaymentId);
        }

        await Factory.DrainAsync();

        Assert.Equal(6L, await CountAsync($"SELECT count(*) FROM webhooks.inbox_messages WHERE handler = '{PaymentsHandler}'"));
        Assert.Equal(1L, await CountAsync($"SELECT count(DISTINCT xmin::text) FROM webhooks.inbox_messages WHERE handler = '{PaymentsHandler}'"));
        Assert.Equal(12, _receiver.Received.Count);
        var received = _receiver.Received
            .Select(w => Verified(w, w.Path.Contains("second", StringComparison.Ordinal) ? otherSecret : secret))
            .Select(b => JsonNode.Parse(b.GetProperty("data").GetRawText())!.AsObject())
            .ToList();
        Assert.Equal(payments.Order(StringComparer.Ordinal), received.Select(d => d["payment_id"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        foreach (var data in received)
        {
            Assert.Equal("Payment", data["payload_type"]!.GetValue<string>());
            data.Remove("payload_type");
            var retrieved = await api.GetFromJsonAsync<JsonElement>($"/payments/{data["payment_id"]}");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(retrieved.GetRawText()), data), $"{data} ≠ {retrieved}");
        }
    }

    [Fact]
    public async Task A_batch_with_an_event_that_cannot_be_read_publishes_the_others_and_leaves_that_one_for_hangfire_to_retry()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        await EndpointAsync(api, _receiver.Url);
        for (var i = 0; i < 3; i++)
        {
            await ChargeAsync(Factory, Charge(business, customer, $"batch-{i}"));
        }

        var rows = await SucceededPaymentRowsAsync();
        await Database.ExecuteAsync(Factory, "UPDATE billing.outbox_messages SET dispatched_on_utc = now()");
        RelayedEvent[] events = [OutboxRows.Relayed(Factory, rows[0]), new(rows[1].Id, "a payload sealed under another key"), OutboxRows.Relayed(Factory, rows[2])];

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var failure = await Assert.ThrowsAsync<AggregateException>(() =>
                scope.ServiceProvider.GetRequiredService<IntegrationEventDeliveryJob>().DeliverAsync(rows[0].Type, PaymentsHandler, events, CancellationToken.None));
            Assert.Single(failure.InnerExceptions);
        }

        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM webhooks.messages"));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM webhooks.inbox_messages WHERE event_id = '{rows[1].Id}'"));
        Assert.Equal(2L, await CountAsync($"SELECT count(DISTINCT xmin::text) FROM webhooks.inbox_messages WHERE handler = '{PaymentsHandler}'"));
    }

    [Fact]
    public async Task A_batch_delivered_again_publishes_nothing_twice()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        await EndpointAsync(api, _receiver.Url);
        await ChargeAsync(Factory, Charge(business, customer, "again-0"));
        await Factory.DrainAsync();
        await ChargeAsync(Factory, Charge(business, customer, "again-1"));

        var rows = await SucceededPaymentRowsAsync();
        await Database.ExecuteAsync(Factory, "UPDATE billing.outbox_messages SET dispatched_on_utc = now()");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IntegrationEventDeliveryJob>()
                .DeliverAsync(rows[0].Type, PaymentsHandler, [.. rows.Select(r => OutboxRows.Relayed(Factory, r))], CancellationToken.None);
        }

        await Factory.DrainAsync();
        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM webhooks.messages"));
        Assert.Equal(2, _receiver.Received.Count);
    }

    private Task<long> CountAsync(string sql) => Database.ScalarAsync<long>(Factory, sql);

    private Task<List<(Guid Id, string Type, string Payload)>> SucceededPaymentRowsAsync() => OutboxRows.ReadAsync(Factory, "billing", "billing.payment_succeeded");
}
