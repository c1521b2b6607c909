using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>Two hosts on one database running the delivery job at once send each delivery once.</summary>
public sealed class WebhookHostsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Two_hosts_delivering_at_once_send_every_message_exactly_once()
    {
        await using var receiver = WebhookReceiver.Start();
        await using var second = new PortalFactory(Factory.ConnectionString);
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        await EndpointAsync(api, receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        for (var i = 0; i < 30; i++)
        {
            await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, $"two-hosts-{i}"));
        }

        // The first attempts fail (the receiver is down), so all 30 are due again at once for the two hosts to race for.
        receiver.Answer([.. Enumerable.Repeat(System.Net.HttpStatusCode.ServiceUnavailable, 30)]);
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(6));
        second.Time.SetUtcNow(Factory.Time.GetUtcNow());
        await Task.WhenAll(DeliverDueAsync(Factory), DeliverDueAsync(second), DeliverDueAsync(Factory), DeliverDueAsync(second));

        var accepted = receiver.Received.Where(w => w.Answered == 200).ToList();
        Assert.Equal(30, accepted.Count);
        Assert.Equal(30, accepted.Select(w => w.Headers["webhook-id"]).Distinct().Count());
        Assert.Equal(60, receiver.Received.Count);
        Assert.Equal(30, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries WHERE status = 'succeeded' AND attempts = 2"));
    }
}
