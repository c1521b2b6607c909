namespace Portal.Modules.Subscriptions.Application.Subscriptions.CollectDues;

internal sealed class CollectDuesCommandHandler(DueSubscriptionsRunner runner, TimeProvider time)
    : ICommandHandler<CollectDuesCommand, int>
{
    public Task<int> Handle(CollectDuesCommand command, CancellationToken cancellationToken) =>
        runner.RunAsync(DueWork.DuesRetries, async (biller, subscription) =>
        {
            if (!subscription.IsDuesRetryDue(time.GetUtcNow()))
            {
                return false;
            }

            await biller.CollectDuesAsync(subscription, null, scheduledRetry: true, SubscriptionActor.System, simulateDecline: false, cancellationToken);
            return true;
        }, cancellationToken);
}
