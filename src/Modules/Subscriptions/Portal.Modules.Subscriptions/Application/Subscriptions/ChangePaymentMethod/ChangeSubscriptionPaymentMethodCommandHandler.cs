using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

/// <summary>
/// Billing decides whether the method is this customer's and still saved (404 otherwise): for an on-hold
/// subscription the dues charge itself checks it, so the reactivation is one call to Billing; an active one
/// only asks.
/// </summary>
internal sealed class ChangeSubscriptionPaymentMethodCommandHandler(LockedSubscription locked, SubscriptionBiller biller, ISender sender, TimeProvider time)
    : ICommandHandler<ChangeSubscriptionPaymentMethodCommand, PaymentMethodChangeDto>
{
    public async Task<PaymentMethodChangeDto> Handle(ChangeSubscriptionPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        DuesPaymentDto? duesPayment = null;
        var subscription = await locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            subscription.EnsureNotTerminal();
            if (subscription.Status == SubscriptionStatus.OnHold)
            {
                // The dues job's own charge (key and outcome): under this row lock, whoever comes second finds
                // the dues paid, or the next attempt's key after a decline; a lost answer replays the same key.
                var present = command.ReturnUrl is { } returnUrl ? new PresentCustomer(returnUrl, command.BackFromAuthentication) : null;
                var outcome = await biller.CollectDuesAsync(
                    subscription, command.PaymentMethodId, scheduledRetry: false, command.Actor, simulateDecline: false, cancellationToken, present);
                duesPayment = outcome switch
                {
                    null => new DuesPaymentDto("processing", null, null),
                    { AuthenticationUrl: { } url } => new DuesPaymentDto(DuesPaymentDto.RequiresCustomerAction, outcome.PaymentId, null, url),
                    _ => new DuesPaymentDto(outcome.Succeeded ? "succeeded" : "failed", outcome.PaymentId, outcome.FailureCode),
                };
                if (!duesPayment.Succeeded)
                {
                    return;
                }
            }
            else
            {
                await sender.QueryAsync(
                    new ResolvePaymentMethodQuery(command.BusinessId.Value, command.Mode, subscription.CustomerId.Value, command.PaymentMethodId), cancellationToken);
            }

            subscription.ChangePaymentMethod(
                command.PaymentMethodId, command.Actor, time.GetUtcNow(), duesPayment is null ? null : Domain.Subscriptions.Subscription.DuesPaidWithTheCard);
        }, cancellationToken);
        return new PaymentMethodChangeDto(subscription, duesPayment);
    }
}
