using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments;

[MessageName("subscriptions.settle_failed_payment")]
internal sealed class PaymentFailedIntegrationEventHandler(LatePaymentOutcome outcome) : IIntegrationEventHandler<PaymentFailedIntegrationEvent>
{
    public Task HandleAsync(PaymentFailedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        outcome.ApplyAsync(integrationEvent.SubscriptionId, integrationEvent.IdempotencyKey, false, integrationEvent.PaymentId, integrationEvent.FailureCode, cancellationToken);
}
