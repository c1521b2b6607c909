using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Webhooks.Infrastructure.Delivery;
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
    public async Task A_host_that_stops_mid_attempt_leaves_the_delivery_to_another_host_once_its_claim_runs_out()
    {
        await using var receiver = WebhookReceiver.Start();
        await using var second = new PortalFactory(Factory.ConnectionString);
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        await EndpointAsync(api, receiver.Url, "\"filter_types\":[\"payment.succeeded\"]");
        receiver.Answer(System.Net.HttpStatusCode.ServiceUnavailable);
        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "crash"));
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(6));

        // The first host's second attempt reaches the receiver, which holds its answer; meanwhile the host stops, as a
        // SIGKILL would stop it: its run ends before it records anything.
        var release = new TaskCompletionSource();
        var arrived = receiver.HoldNext(release.Task);
        using var stopping = new CancellationTokenSource();
        var dying = DeliverDueAsync(Factory, stopping.Token);
        await arrived;
        await stopping.CancelAsync();
        release.SetResult();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);
        var afterCrash = await Database.ScalarAsync<string>(Factory, "SELECT status || ' ' || attempts FROM webhooks.deliveries");
        OneClock(Factory, second);
        await DeliverDueAsync(second);
        var duringClaim = receiver.Received.Count;
        second.Time.Advance(second.Services.GetRequiredService<IOptions<WebhooksOptions>>().Value.ClaimLease);
        await DeliverDueAsync(second);

        Assert.Equal("pending 2", afterCrash);
        Assert.Equal(2, duringClaim);
        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(w => w.Headers["webhook-id"]).Distinct());
        Assert.Equal(("succeeded", 3), (await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries"), await Database.ScalarAsync<int>(Factory, "SELECT attempts FROM webhooks.deliveries")));
    }

    /// <summary>Both hosts' clocks at the later of the two: a fake clock cannot go back.</summary>
    private static void OneClock(PortalFactory first, PortalFactory second)
    {
        var now = first.Time.GetUtcNow() > second.Time.GetUtcNow() ? first.Time.GetUtcNow() : second.Time.GetUtcNow();
        first.Time.SetUtcNow(now);
        second.Time.SetUtcNow(now);
    }
}
