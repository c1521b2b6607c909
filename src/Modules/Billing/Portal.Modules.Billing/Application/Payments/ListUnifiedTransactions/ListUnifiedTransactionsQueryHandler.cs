using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Payments.ListTransactions;

namespace Portal.Modules.Billing.Application.Payments.ListUnifiedTransactions;

internal sealed class ListUnifiedTransactionsQueryHandler(IBillingDbContext db) : IQueryHandler<ListUnifiedTransactionsQuery, TransactionPage>
{
    public Task<TransactionPage> Handle(ListUnifiedTransactionsQuery query, CancellationToken cancellationToken)
    {
        var customers = query.Customers.CustomerIds;
        return TransactionHistory.PageAsync(
            db,
            p => customers.Contains(p.CustomerId) && p.Mode == query.Mode,
            r => customers.Contains(r.CustomerId) && r.Mode == query.Mode,
            query.Page,
            query.PageSize,
            cancellationToken);
    }
}
