using Hangfire;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

internal sealed class HangfireDeliveryTrigger(IBackgroundJobClient jobs, TimeProvider time) : IDeliveryTrigger
{
    public void Wake() => jobs.Enqueue<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None));

    public void WakeAt(DateTimeOffset when) =>
        jobs.Schedule<DeliverWebhooksJob>(job => job.RunAsync(CancellationToken.None), when - time.GetUtcNow());
}
