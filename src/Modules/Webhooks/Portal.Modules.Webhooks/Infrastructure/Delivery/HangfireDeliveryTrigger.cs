using Hangfire;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>Wakes a run of the delivery job going on in this host, or enqueues one (<see cref="DeliveryRuns"/>).</summary>
internal sealed class HangfireDeliveryTrigger(IBackgroundJobClient jobs, DeliveryRuns runs, TimeProvider time) : IDeliveryTrigger
{
    public void Wake()
    {
        if (!runs.TakeWakeUp())
        {
            jobs.Enqueue<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None));
        }
    }

    public void WakeAt(DateTimeOffset when) =>
        jobs.Schedule<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None), when - time.GetUtcNow());
}
