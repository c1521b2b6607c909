using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Contracts.Invoices;

namespace Portal.Modules.Billing.Application.Invoices.GetInvoicePdf;

internal sealed class GetInvoicePdfQueryHandler(IBillingDbContext db, IInvoicePdfRenderer renderer, CustomerGuard customers) : IQueryHandler<GetInvoicePdfQuery, InvoicePdf>
{
    public async Task<InvoicePdf> Handle(GetInvoicePdfQuery query, CancellationToken cancellationToken)
    {
        var notFound = new DomainException(Error.NotFound("Invoice not found."));
        if (!PrefixedId.TryParse<PaymentId>(query.PaymentId, out var paymentId))
        {
            throw notFound;
        }

        var invoices = db.Invoices.AsNoTracking().Where(i => i.PaymentId == paymentId && i.BusinessId == query.BusinessId && i.Mode == query.Mode);
        if (query.CustomerId is { } customerId)
        {
            invoices = invoices.Where(i => i.CustomerId == customerId);
        }

        var invoice = await invoices.FirstOrDefaultAsync(cancellationToken) ?? throw notFound;
        var language = query.Language ?? (await customers.EnsureExistsAsync(invoice.BusinessId, invoice.Mode, invoice.CustomerId, cancellationToken)).Language;
        return new InvoicePdf($"invoice-{invoice.Number}.pdf", renderer.Render(invoice, Languages.Of(language)));
    }
}
