using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Webhooks.Infrastructure.Retention;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Retention;

public sealed class WebhookRetentionTests(RetentionFixture fixture) : IntegrationTest<RetentionFixture>(fixture)
{
    [Fact]
    public async Task Messages_a_month_old_go_with_their_deliveries_in_batches_unless_one_is_still_due()
    {
        await using var receiver = WebhookReceiver.Start();
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        await EndpointAsync(api, receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        for (var i = 0; i < 5; i++)
        {
            await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, $"old-{i}"));
        }

        await Factory.DrainAsync();
        // One of the old messages still has a retry ahead, as behind an endpoint that keeps failing.
        await Database.ExecuteAsync(Factory, "UPDATE webhooks.deliveries SET status = 'pending', next_attempt_at = now() + interval '100 days' WHERE message_id = (SELECT min(id) FROM webhooks.messages)");
        Factory.Time.Advance(TimeSpan.FromDays(31));
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "recent"));
        await Factory.DrainAsync();

        var purged = await PurgeAsync();
        var again = await PurgeAsync();

        Assert.Equal(6, receiver.Received.Count);
        Assert.Equal((4, 0), (purged, again));
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.messages"));
        Assert.Equal("pending,succeeded", await Database.ScalarAsync<string>(Factory, "SELECT string_agg(status, ',' ORDER BY status) FROM webhooks.deliveries"));
    }

    private async Task<int> PurgeAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PurgeWebhookMessagesJob>().RunAsync(CancellationToken.None);
    }
}
