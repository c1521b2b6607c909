using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

internal sealed class ListTransactionsQueryHandler(IBillingDbContext db) : IQueryHandler<ListTransactionsQuery, TransactionPage>
{
    public async Task<TransactionPage> Handle(ListTransactionsQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(query.Page, 0);
        var size = Math.Clamp(query.PageSize, 1, 100);

        // One round trip whatever the length of the history: the page (plus one row to know whether
        // another page follows) joined to the invoices, through the (customer, mode, created_at) index.
        var rows = await (
                from p in db.Payments.AsNoTracking()
                where p.BusinessId == query.BusinessId && p.Mode == query.Mode && p.CustomerId == query.CustomerId
                join i in db.Invoices on p.Id equals i.PaymentId into invoices
                from invoice in invoices.DefaultIfEmpty()
                orderby p.CreatedAt descending, p.Id descending
                select new TransactionDto(
                    p.Id.Value,
                    p.CreatedAt,
                    p.Description,
                    p.Total,
                    p.Currency.Code,
                    PaymentStatusText.Of(p.Status),
                    p.FailureMessage,
                    p.CardBrand,
                    p.CardLastFour,
                    invoice == null ? null : invoice.Number))
            .Skip(page * size).Take(size + 1)
            .ToListAsync(cancellationToken);
        return new TransactionPage(rows.Take(size).ToList(), page, rows.Count > size);
    }
}
