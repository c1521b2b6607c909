namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// The unified portal's billing history: one page (from 0) of the payments and refunds of every customer in
/// <paramref name="Customers"/> (one email's customers at several businesses), newest first, each naming its
/// business, in one round trip whatever their number. The caller names only customers it resolved for the signed-in email.
/// Kept in memory until a row of one of them or of their businesses changes (ADR 0019).
/// </summary>
public sealed record ListUnifiedTransactionsQuery(Mode Mode, CustomerSet Customers, int Page, int PageSize = 20) : ICachedQuery<TransactionPage>
{
    public ReadScope? ReadScope => ReadScope.Customers(Mode, Customers);

    public long CacheSize(TransactionPage answer) => 1 + answer.Items.Count;
}
