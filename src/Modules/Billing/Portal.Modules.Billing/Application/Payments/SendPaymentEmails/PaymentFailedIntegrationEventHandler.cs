using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>Tells the customer a charge failed and how to fix it, once per payment (the inbox makes a redelivered event a no-op).</summary>
internal sealed class PaymentFailedIntegrationEventHandler(IBillingDbContext db, CustomerGuard customers, IEmailQueue emails, PortalUrls urls)
    : IIntegrationEventHandler<PaymentFailedIntegrationEvent>
{
    public async Task HandleAsync(PaymentFailedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == PaymentId.FromTrusted(integrationEvent.PaymentId), cancellationToken);
        var contact = await customers.EnsureExistsAsync(payment.BusinessId, payment.Mode, payment.CustomerId, cancellationToken);
        emails.Enqueue(PaymentEmail.Failed(payment, contact, urls.StaticLink(payment.Mode, payment.BusinessId)));
    }
}
