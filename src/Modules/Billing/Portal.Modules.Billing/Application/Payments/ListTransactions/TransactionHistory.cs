using System.Linq.Expressions;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Domain.Refunds;

namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

/// <summary>
/// A page of payment history, newest first (page numbers from 0), for the payments and refunds the two filters
/// keep: one customer's at one business, or the customers of one email at every business.
/// </summary>
internal static class TransactionHistory
{
    public static async Task<TransactionPage> PageAsync(
        IBillingDbContext db, Expression<Func<Payment, bool>> paymentsOf, Expression<Func<Refund, bool>> refundsOf, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        var page = Math.Max(pageNumber, 0);
        var size = Math.Clamp(pageSize, 1, 100);

        // One round trip whatever the length of the history: payments (with their invoices) and refunds,
        // newest first, the page plus one row to know whether another page follows.
        var payments =
            from p in db.Payments.Where(paymentsOf)
            join i in db.Invoices on p.Id equals i.PaymentId into invoices
            from invoice in invoices.DefaultIfEmpty()
            select new
            {
                IsRefund = false, p.Id, p.CreatedAt, p.Description, Amount = p.Total, p.Currency, p.Status, p.FailureCode, p.CardBrand, p.CardLastFour,
                InvoiceNumber = invoice == null ? null : invoice.Number, p.BusinessId,
            };
        var refunds =
            from r in db.Refunds.Where(refundsOf)
            join p in db.Payments on r.PaymentId equals p.Id
            select new
            {
                IsRefund = true, p.Id, r.CreatedAt, p.Description, r.Amount, r.Currency, r.Status, FailureCode = (string?)null, p.CardBrand, p.CardLastFour,
                InvoiceNumber = (string?)null, p.BusinessId,
            };
        // Each side is ordered and cut to what the page can need before the union, so the database reads
        // a page's worth from each index instead of building and sorting the whole history.
        var reach = (page * size) + size + 1;
        var rows = await payments.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(reach)
            .Concat(refunds.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(reach))
            .AsNoTracking()
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Skip(page * size).Take(size + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(size)
            .Select(t => new TransactionDto(
                t.IsRefund, t.Id.Value, t.CreatedAt, t.Description, t.Amount, t.Currency.Code, PaymentStatusText.Of(t.Status), t.FailureCode, t.CardBrand, t.CardLastFour,
                t.InvoiceNumber, t.BusinessId.Value))
            .ToList();
        return new TransactionPage(items, page, rows.Count > size);
    }
}
