using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments;

internal sealed class PaymentFailedIntegrationEventHandler(LatePaymentOutcome outcome) : IIntegrationEventHandler<PaymentFailedIntegrationEvent>
{
    public Task HandleAsync(PaymentFailedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        outcome.ApplyAsync(integrationEvent.SubscriptionId, integrationEvent.IdempotencyKey, false, integrationEvent.PaymentId, integrationEvent.FailureCode, cancellationToken);
}
