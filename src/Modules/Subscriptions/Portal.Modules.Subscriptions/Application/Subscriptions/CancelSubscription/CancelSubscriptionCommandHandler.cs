namespace Portal.Modules.Subscriptions.Application.Subscriptions.CancelSubscription;

internal sealed class CancelSubscriptionCommandHandler(LockedSubscription locked, TimeProvider time) : ICommandHandler<CancelSubscriptionCommand, SubscriptionDto>
{
    public Task<SubscriptionDto> Handle(CancelSubscriptionCommand command, CancellationToken cancellationToken) =>
        locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, subscription =>
        {
            var actor = command.Actor;
            if (command.AtPeriodEnd)
            {
                subscription.ScheduleCancellation(actor, time.GetUtcNow());
            }
            else
            {
                subscription.CancelNow(actor, command.Actor == SubscriptionActor.Customer ? "customer_request" : "merchant_request", time.GetUtcNow());
            }

            return Task.CompletedTask;
        }, cancellationToken);
}
