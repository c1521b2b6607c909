using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Domain.Credits;

namespace Portal.Modules.Billing.Application.Credits;

/// <summary>
/// Reads and writes customers' credit, inside the caller's transaction: <see cref="LockAsync"/> first
/// makes every writer of one customer's credit take turns, so two charges never spend the same credit.
/// </summary>
internal sealed class CreditLedger(IBillingDbContext db, TimeProvider time)
{
    public Task LockAsync(CustomerId customerId, CancellationToken cancellationToken) => db.LockCustomerCreditAsync(customerId, cancellationToken);

    public async Task<long> BalanceAsync(BusinessId businessId, Mode mode, CustomerId customerId, Currency currency, CancellationToken cancellationToken) =>
        await db.CreditEntries
            .Where(e => e.BusinessId == businessId && e.Mode == mode && e.CustomerId == customerId && e.Currency == currency)
            .SumAsync(e => (long?)e.Amount, cancellationToken) ?? 0;

    /// <summary>Adds the entry unless one with its key exists (a redelivery, a retry). False when it did.</summary>
    public async Task<bool> AddOnceAsync(BusinessId businessId, Mode mode, CustomerId customerId, Money amount, string entryKey, string description, CancellationToken cancellationToken)
    {
        if (amount.IsZero || await db.CreditEntries.AnyAsync(e => e.BusinessId == businessId && e.Mode == mode && e.EntryKey == entryKey, cancellationToken))
        {
            return false;
        }

        db.CreditEntries.Add(CreditEntry.Record(businessId, mode, customerId, amount, entryKey, description, time.GetUtcNow()));
        return true;
    }
}
