using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

internal sealed class ListTransactionsQueryHandler(IBillingDbContext db) : IQueryHandler<ListTransactionsQuery, TransactionPage>
{
    public async Task<TransactionPage> Handle(ListTransactionsQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(query.Page, 0);
        var size = Math.Clamp(query.PageSize, 1, 100);

        // One round trip whatever the length of the history: payments (with their invoices) and refunds,
        // newest first, the page plus one row to know whether another page follows.
        var payments =
            from p in db.Payments
            where p.BusinessId == query.BusinessId && p.Mode == query.Mode && p.CustomerId == query.CustomerId
            join i in db.Invoices on p.Id equals i.PaymentId into invoices
            from invoice in invoices.DefaultIfEmpty()
            select new { IsRefund = false, p.Id, p.CreatedAt, p.Description, Amount = p.Total, p.Currency, p.Status, p.FailureMessage, p.CardBrand, p.CardLastFour, InvoiceNumber = invoice == null ? null : invoice.Number };
        var refunds =
            from r in db.Refunds
            where r.BusinessId == query.BusinessId && r.Mode == query.Mode && r.CustomerId == query.CustomerId
            join p in db.Payments on r.PaymentId equals p.Id
            select new { IsRefund = true, p.Id, r.CreatedAt, p.Description, r.Amount, r.Currency, r.Status, r.FailureMessage, p.CardBrand, p.CardLastFour, InvoiceNumber = (string?)null };
        // Each side is ordered and cut to what the page can need before the union, so the database reads
        // a page's worth from each index instead of building and sorting the customer's whole history.
        var reach = (page * size) + size + 1;
        var rows = await payments.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(reach)
            .Concat(refunds.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(reach))
            .AsNoTracking()
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Skip(page * size).Take(size + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(size)
            .Select(t => new TransactionDto(
                t.IsRefund, t.Id.Value, t.CreatedAt, t.Description, t.Amount, t.Currency.Code, PaymentStatusText.Of(t.Status), t.FailureMessage, t.CardBrand, t.CardLastFour, t.InvoiceNumber))
            .ToList();
        return new TransactionPage(items, page, rows.Count > size);
    }
}
