namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// One page of a customer's payment history, newest first (page numbers from 0). Kept in memory until one of
/// the customer's payments, refunds or invoices changes (ADR 0019).
/// </summary>
public sealed record ListTransactionsQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, int Page, int PageSize = 20)
    : ICachedQuery<TransactionPage>
{
    public ReadScope ReadScope => ReadScope.Customer(BusinessId, Mode, CustomerId);

    public long CacheSize(TransactionPage answer) => 1 + answer.Items.Count;
}
