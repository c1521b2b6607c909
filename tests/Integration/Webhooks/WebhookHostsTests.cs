using Microsoft.Extensions.DependencyInjection;
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
        OneClock(Factory, second);
        await Task.WhenAll(DeliverDueAsync(Factory), DeliverDueAsync(second), DeliverDueAsync(Factory), DeliverDueAsync(second));

        var accepted = receiver.Received.Where(w => w.Answered == 200).ToList();
        Assert.Equal(30, accepted.Count);
        Assert.Equal(30, accepted.Select(w => w.Headers["webhook-id"]).Distinct().Count());
        Assert.Equal(60, receiver.Received.Count);
        Assert.Equal(30, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.deliveries WHERE status = 'succeeded' AND attempts = 2"));
    }

    [Fact]
    public async Task A_host_that_dies_mid_attempt_leaves_the_delivery_due_and_another_host_delivers_it()
    {
        await using var receiver = WebhookReceiver.Start();
        await using var second = new PortalFactory(Factory.ConnectionString);
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        await EndpointAsync(api, receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "crash"));
        await Factory.Services.GetRequiredService<Portal.BuildingBlocks.Infrastructure.Outbox.OutboxRelay>().DispatchPendingAsync(CancellationToken.None);

        // The first host's attempt reaches the receiver, which holds its answer; meanwhile the host "dies":
        // its connection, holding the delivery's row lock, is cut, as a SIGKILL would cut it.
        var release = new TaskCompletionSource();
        var arrived = receiver.HoldNext(release.Task);
        var dying = Factory.DrainAsync();
        await arrived;
        await Database.ScalarAsync<int>(Factory, "SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()");
        release.SetResult();
        await Assert.ThrowsAnyAsync<Exception>(() => dying);
        var afterCrash = await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries");
        OneClock(Factory, second);
        await DeliverDueAsync(second);

        Assert.Equal("pending", afterCrash);
        Assert.Equal(2, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(w => w.Headers["webhook-id"]).Distinct());
        Assert.Equal(("succeeded", 1), (await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries"), await Database.ScalarAsync<int>(Factory, "SELECT attempts FROM webhooks.deliveries")));
    }

    /// <summary>Both hosts' clocks at the later of the two: a fake clock cannot go back.</summary>
    private static void OneClock(PortalFactory first, PortalFactory second)
    {
        var now = first.Time.GetUtcNow() > second.Time.GetUtcNow() ? first.Time.GetUtcNow() : second.Time.GetUtcNow();
        first.Time.SetUtcNow(now);
        second.Time.SetUtcNow(now);
    }
}
