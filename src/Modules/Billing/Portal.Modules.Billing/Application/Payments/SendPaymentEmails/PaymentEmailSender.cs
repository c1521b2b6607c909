using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>What both payment emails need: the payment, the customer's contact, and the portal's static sign-in link.</summary>
internal sealed class PaymentEmailSender(IBillingDbContext db, CustomerGuard customers, IEmailQueue emails, IPortalLinks urls)
{
    public async Task SendAsync(string paymentId, Func<Payment, CustomerContact, string, EmailMessage> compose, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == PaymentId.FromTrusted(paymentId), cancellationToken);
        var contact = await customers.EnsureExistsAsync(payment.BusinessId, payment.Mode, payment.CustomerId, cancellationToken);
        emails.Enqueue(compose(payment, contact, urls.StaticLink(payment.Mode, payment.BusinessId)));
    }
}
