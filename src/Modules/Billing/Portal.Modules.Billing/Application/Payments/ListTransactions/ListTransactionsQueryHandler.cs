using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

internal sealed class ListTransactionsQueryHandler(IBillingDbContext db) : IQueryHandler<ListTransactionsQuery, TransactionPage>
{
    public Task<TransactionPage> Handle(ListTransactionsQuery query, CancellationToken cancellationToken) =>
        TransactionHistory.PageAsync(
            db,
            p => p.BusinessId == query.BusinessId && p.Mode == query.Mode && p.CustomerId == query.CustomerId,
            r => r.BusinessId == query.BusinessId && r.Mode == query.Mode && r.CustomerId == query.CustomerId,
            query.Page,
            query.PageSize,
            cancellationToken);
}
