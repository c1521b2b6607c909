using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments;

[MessageName("subscriptions.settle_succeeded_payment")]
internal sealed class PaymentSucceededIntegrationEventHandler(LatePaymentOutcome outcome) : IIntegrationEventHandler<PaymentSucceededIntegrationEvent>
{
    public Task HandleAsync(PaymentSucceededIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        outcome.ApplyAsync(
            integrationEvent.SubscriptionId, integrationEvent.IdempotencyKey, true, integrationEvent.PaymentId, null, cancellationToken, integrationEvent.PaymentMethodId);
}
