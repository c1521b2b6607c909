namespace Portal.Modules.Subscriptions.Application.Subscriptions.AdvanceSubscription;

internal sealed class AdvanceSubscriptionCommandHandler(LockedSubscription locked, SubscriptionBiller biller, TimeProvider time)
    : ICommandHandler<AdvanceSubscriptionCommand, SubscriptionDto>
{
    public Task<SubscriptionDto> Handle(AdvanceSubscriptionCommand command, CancellationToken cancellationToken)
    {
        if (command.Mode != Mode.Test)
        {
            throw new DomainException(Error.Unprocessable("TEST_MODE_ONLY", "Time travel works on test-mode subscriptions only."));
        }

        return locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, null, async subscription =>
        {
            subscription.TravelToNextEvent(SubscriptionActor.Merchant, time.GetUtcNow());
            if (subscription.Status == SubscriptionStatus.OnHold)
            {
                await biller.CollectDuesAsync(subscription, null, scheduledRetry: true, SubscriptionActor.System, command.SimulateDecline, cancellationToken);
            }
            else
            {
                await biller.RenewAsync(subscription, command.SimulateDecline, cancellationToken);
            }
        }, cancellationToken);
    }
}
