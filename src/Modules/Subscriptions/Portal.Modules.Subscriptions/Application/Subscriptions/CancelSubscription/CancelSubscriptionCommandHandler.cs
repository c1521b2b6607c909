using Portal.Modules.Subscriptions.Application.PlanChanges;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.CancelSubscription;

/// <summary>Cancels now or at the period's end; a plan change waiting for its payment's authentication is settled (or given up) before a cancellation now.</summary>
internal sealed class CancelSubscriptionCommandHandler(LockedSubscription locked, PendingPlanChangeSettlement pendingChanges, TimeProvider time)
    : ICommandHandler<CancelSubscriptionCommand, SubscriptionDto>
{
    public Task<SubscriptionDto> Handle(CancelSubscriptionCommand command, CancellationToken cancellationToken) =>
        locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            var actor = command.Actor;
            subscription.RecordCancellationFeedback(
                command.Feedback is { } feedback ? Wire.Name(feedback) : null, string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim());
            if (command.AtPeriodEnd)
            {
                subscription.ScheduleCancellation(actor, time.GetUtcNow());
            }
            else
            {
                await pendingChanges.CloseAsync(subscription, actor, cancellationToken);
                subscription.CancelNow(actor, command.Actor == SubscriptionActor.Customer ? "customer_request" : "merchant_request", time.GetUtcNow());
            }
        }, cancellationToken);
}
