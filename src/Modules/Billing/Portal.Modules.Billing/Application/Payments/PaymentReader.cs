using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Refunds;
using Portal.Modules.Billing.Domain.Refunds;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments;

/// <summary>Turns a page of payments into API answers: three round trips (payments with invoices, their refunds, customers) whatever the page size.</summary>
internal sealed class PaymentReader(IBillingDbContext db, ISender sender)
{
    public async Task<IReadOnlyList<PaymentDto>> ReadAsync(BusinessId businessId, Mode mode, IQueryable<Payment> payments, CancellationToken cancellationToken)
    {
        var rows = await (
                from p in payments
                join i in db.Invoices on p.Id equals i.PaymentId into invoices
                from invoice in invoices.DefaultIfEmpty()
                select new { Payment = p, InvoiceId = invoice == null ? (InvoiceId?)null : invoice.Id })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var paymentIds = rows.Select(r => r.Payment.Id).ToList();
        var refunds = (await db.Refunds.AsNoTracking().Where(r => paymentIds.Contains(r.PaymentId)).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken))
            .ToLookup(r => r.PaymentId);
        var contacts = await sender.QueryAsync(
            new GetCustomerContactsQuery(businessId.Value, mode, rows.Select(r => r.Payment.CustomerId.Value).Distinct().ToList()), cancellationToken);
        return [.. rows.Select(r => ToDto(r.Payment, r.InvoiceId, refunds[r.Payment.Id], contacts.GetValueOrDefault(r.Payment.CustomerId.Value)))];
    }

    private static PaymentDto ToDto(Payment p, InvoiceId? invoiceId, IEnumerable<Refund> refunds, CustomerContact? contact) =>
        new(
            p.Id.Value,
            p.BusinessId.Value,
            p.CustomerId.Value,
            contact?.CustomerName ?? string.Empty,
            contact?.CustomerEmail ?? string.Empty,
            p.SubscriptionId,
            PaymentStatusText.Of(p.Status),
            p.Total,
            p.Tax,
            p.Currency.Code,
            p.Description,
            p.PaymentMethodId.Value,
            p.CardBrand,
            p.CardLastFour,
            p.FailureCode,
            p.FailureMessage,
            invoiceId?.Value,
            [.. p.Lines.Select(l => new PaymentLineDto(l.Description, l.ProductId, l.Quantity, l.UnitAmount, l.Amount, l.Tax))],
            p.RefundedAmount,
            [.. refunds.Select(r => RefundSettlement.ToDto(r, p.Total))],
            p.CreatedAt,
            p.UpdatedAt);
}
