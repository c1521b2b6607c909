namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// The unified portal's billing history: one page (from 0) of the payments and refunds of every customer in
/// <paramref name="CustomerIds"/> (one email's customers at several businesses), newest first, each naming its
/// business, in one round trip whatever their number. The caller names only customers it resolved for the signed-in email.
/// </summary>
public sealed record ListUnifiedTransactionsQuery(Mode Mode, IReadOnlyCollection<CustomerId> CustomerIds, int Page, int PageSize = 20) : IQuery<TransactionPage>;
