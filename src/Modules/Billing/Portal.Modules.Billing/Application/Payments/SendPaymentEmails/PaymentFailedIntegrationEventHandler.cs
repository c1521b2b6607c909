using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>Tells the customer a charge failed and how to fix it, once per payment.</summary>
internal sealed class PaymentFailedIntegrationEventHandler(PaymentEmailSender sender) : IIntegrationEventHandler<PaymentFailedIntegrationEvent>
{
    public Task HandleAsync(PaymentFailedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        sender.SendAsync(integrationEvent.PaymentId, (payment, contact, portalLink) => PaymentEmail.Failed(payment, contact, portalLink), cancellationToken);
}
