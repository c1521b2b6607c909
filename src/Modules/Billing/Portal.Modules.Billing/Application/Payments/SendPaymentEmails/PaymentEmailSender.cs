using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>
/// What the payment emails need: the payment, the customer's contact, and a one-time link that signs them in on the
/// portal page the email is about (a landing of <see cref="IPortalLinks"/>). An optional email the business turned off
/// is not sent.
/// </summary>
internal sealed class PaymentEmailSender(IBillingDbContext db, CustomerGuard customers, IEmailQueue emails, ISender sender, IPortalLinks urls)
{
    public IPortalLinks Links => urls;

    public async Task SendAsync(
        string paymentId, string landing, Func<Payment, CustomerContact, string, EmailMessage> compose, CancellationToken cancellationToken, OptionalEmail? optional = null)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == PaymentId.FromTrusted(paymentId), cancellationToken);
        var contact = await customers.EnsureExistsAsync(payment.BusinessId, payment.Mode, payment.CustomerId, cancellationToken);
        if (optional is { } email && !contact.Sends(email))
        {
            return;
        }

        var link = await sender.SendAsync(
            new CreateSignInLinkCommand(payment.BusinessId.Value, payment.Mode, payment.CustomerId.Value, landing, OrStaticLink: true), cancellationToken);
        emails.Enqueue(compose(payment, contact, link));
    }
}
