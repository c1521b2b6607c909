using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Domain.Invoices;
using Portal.Modules.Billing.Domain.Payments;
using Portal.Modules.Billing.Application.PaymentMethods;

namespace Portal.Modules.Billing.Application.Invoices;

/// <summary>
/// Issues the invoice of a successful payment inside the payment's transaction: the next number of the
/// business, mode and year (rolled back with it, so no gaps) and snapshots of both parties.
/// </summary>
internal sealed class InvoiceIssuer(IBillingDbContext db, CustomerGuard customers, TimeProvider time)
{
    public async Task<Invoice> IssueAsync(Payment payment, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var contact = await customers.EnsureExistsAsync(payment.BusinessId, payment.Mode, payment.CustomerId, cancellationToken);
        var sequence = await db.NextInvoiceSequenceAsync(payment.BusinessId, payment.Mode, now.Year, cancellationToken);
        var invoice = Invoice.Issue(
            payment,
            now.Year,
            sequence,
            new InvoiceParties(
                contact.BusinessName, contact.BusinessSupportEmail, contact.CustomerName, contact.CustomerEmail, contact.BusinessLegalAddress, contact.BusinessTaxId, payment.BillingAddress),
            now);
        db.Invoices.Add(invoice);
        return invoice;
    }
}
