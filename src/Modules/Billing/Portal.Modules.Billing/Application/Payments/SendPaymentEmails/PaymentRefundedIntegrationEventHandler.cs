using Portal.Modules.Billing.Contracts.Refunds;
using Portal.Modules.Identity.Contracts.Businesses;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>
/// Emails the customer once per refund (the inbox makes a redelivered event a no-op), signing them in on their invoices,
/// unless the business turned the refund email off.
/// </summary>
[MessageName("billing.send_refund_email")]
internal sealed class PaymentRefundedIntegrationEventHandler(PaymentEmailSender sender) : IIntegrationEventHandler<PaymentRefundedIntegrationEvent>
{
    public Task HandleAsync(PaymentRefundedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        sender.SendAsync(
            integrationEvent.PaymentId,
            sender.Links.InvoicesLanding,
            (payment, contact, portalLink) => PaymentEmail.Refunded(payment, new Money(integrationEvent.Amount, Currency.Of(integrationEvent.Currency)), contact, portalLink),
            cancellationToken,
            OptionalEmail.RefundIssued);
}
