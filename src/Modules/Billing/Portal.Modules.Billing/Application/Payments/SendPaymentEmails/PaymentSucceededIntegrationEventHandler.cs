
namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>Emails the receipt once per payment (the inbox makes a redelivered event a no-op), signing the customer in on their invoices.</summary>
[MessageName("billing.send_receipt")]
internal sealed class PaymentSucceededIntegrationEventHandler(PaymentEmailSender sender) : IIntegrationEventHandler<PaymentSucceededIntegrationEvent>
{
    public Task HandleAsync(PaymentSucceededIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        sender.SendAsync(
            integrationEvent.PaymentId,
            sender.Links.InvoicesLanding,
            (payment, contact, portalLink) => PaymentEmail.Succeeded(payment, integrationEvent.InvoiceNumber, contact, portalLink),
            cancellationToken);
}
