using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

internal sealed class ChangeSubscriptionPaymentMethodCommandHandler(LockedSubscription locked, ISender sender, TimeProvider time)
    : ICommandHandler<ChangeSubscriptionPaymentMethodCommand, SubscriptionDto>
{
    public Task<SubscriptionDto> Handle(ChangeSubscriptionPaymentMethodCommand command, CancellationToken cancellationToken) =>
        locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            if (subscription.Status == SubscriptionStatus.OnHold)
            {
                throw new DomainException(Error.Conflict("SUBSCRIPTION_ON_HOLD", "An on-hold subscription changes its payment method by paying what is due with it."));
            }

            // Billing says whether the method is this customer's and still saved (404 otherwise).
            var methodId = await sender.QueryAsync(
                new ResolvePaymentMethodQuery(command.BusinessId.Value, command.Mode, subscription.CustomerId.Value, command.PaymentMethodId), cancellationToken);
            subscription.ChangePaymentMethod(methodId, SubscriptionMapping.ToActor(command.Actor), time.GetUtcNow());
        }, cancellationToken);
}
