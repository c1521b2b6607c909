using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.PlanChanges;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.UpdateSubscription;

/// <summary>
/// Applies every change to the locked subscription first (each refuses what its state forbids), then
/// renames the customer, the last step that can fail, and only then commits: a refusal changes nothing. A plan change
/// waiting for its payment's authentication is settled (or given up) before a cancellation now.
/// </summary>
internal sealed class UpdateSubscriptionCommandHandler(LockedSubscription locked, PendingPlanChangeSettlement pendingChanges, ISender sender, TimeProvider time)
    : ICommandHandler<UpdateSubscriptionCommand, SubscriptionDto>
{
    public Task<SubscriptionDto> Handle(UpdateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var billing = command.Billing is { } input ? BillingAddress.Create(input.Country, input.State, input.City, input.Street, input.Zipcode) : null;
        return locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            var now = time.GetUtcNow();
            var actor = command.Actor;
            if (billing is not null)
            {
                subscription.ChangeBilling(billing, actor, now);
            }

            if (command.CancellationFeedback is not null || command.CancellationComment is not null)
            {
                subscription.RecordCancellationFeedback(command.CancellationFeedback, command.CancellationComment);
            }

            if (command.CancelNow)
            {
                await pendingChanges.CloseAsync(subscription, actor, cancellationToken);
                subscription.CancelNow(actor, command.Actor == SubscriptionActor.Customer ? "customer_request" : "merchant_request", now);
            }
            else if (command.CancelAtNextBillingDate is true)
            {
                subscription.ScheduleCancellation(actor, now);
            }
            else if (command.CancelAtNextBillingDate is false)
            {
                subscription.UndoScheduledCancellation(actor, now);
            }

            if (command.CustomerName is not null)
            {
                await sender.SendAsync(
                    new RenameCustomerCommand(command.BusinessId.Value, command.Mode, subscription.CustomerId.Value, command.CustomerName), cancellationToken);
            }
        }, cancellationToken);
    }
}
