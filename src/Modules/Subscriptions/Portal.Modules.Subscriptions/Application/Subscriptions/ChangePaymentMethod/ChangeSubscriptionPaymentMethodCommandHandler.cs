using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

internal sealed class ChangeSubscriptionPaymentMethodCommandHandler(LockedSubscription locked, SubscriptionBiller biller, ISender sender, TimeProvider time)
    : ICommandHandler<ChangeSubscriptionPaymentMethodCommand, PaymentMethodChangeDto>
{
    public async Task<PaymentMethodChangeDto> Handle(ChangeSubscriptionPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        DuesPaymentDto? duesPayment = null;
        var subscription = await locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            subscription.EnsureNotTerminal();

            // Billing says whether the method is this customer's and still saved (404 otherwise).
            var methodId = await sender.QueryAsync(
                new ResolvePaymentMethodQuery(command.BusinessId.Value, command.Mode, subscription.CustomerId.Value, command.PaymentMethodId), cancellationToken);
            var actor = command.Actor;
            if (subscription.Status == SubscriptionStatus.OnHold)
            {
                // The dues job's own charge (key and outcome): under this row lock, whoever comes second finds
                // the dues paid, or the next attempt's key after a decline; a lost answer replays the same key.
                var outcome = await biller.CollectDuesAsync(subscription, methodId, scheduledRetry: false, actor, simulateDecline: false, cancellationToken);
                duesPayment = outcome is null
                    ? new DuesPaymentDto("processing", null, null)
                    : new DuesPaymentDto(outcome.Succeeded ? "succeeded" : "failed", outcome.PaymentId, outcome.FailureCode);
                if (!duesPayment.Succeeded)
                {
                    return;
                }
            }

            subscription.ChangePaymentMethod(methodId, actor, time.GetUtcNow());
        }, cancellationToken);
        return new PaymentMethodChangeDto(subscription, duesPayment);
    }
}
