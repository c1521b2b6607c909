
namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>
/// Tells the customer a charge failed and how to fix it, once per payment. A subscription's declined
/// charge is told by Subscriptions instead (on hold, what is due, a link straight to the fix), so the
/// customer gets one email about it, not two.
/// </summary>
[MessageName("billing.send_payment_failed_email")]
internal sealed class PaymentFailedIntegrationEventHandler(PaymentEmailSender sender) : IIntegrationEventHandler<PaymentFailedIntegrationEvent>
{
    public Task HandleAsync(PaymentFailedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.SubscriptionId is not null
            ? Task.CompletedTask
            : sender.SendAsync(
                integrationEvent.PaymentId, sender.Links.CardsLanding, (payment, contact, portalLink) => PaymentEmail.Failed(payment, contact, portalLink), cancellationToken);
}
