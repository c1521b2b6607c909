namespace Portal.Modules.Billing.Domain.Credits;

/// <summary>
/// One line of a customer's credit ledger, in minor units of one currency: positive adds credit (a
/// downgrade), negative uses it (a charge), and a declined charge gives its use back. The balance is the
/// sum and never goes below zero. <see cref="EntryKey"/> is unique per business and mode, so the same
/// credit or use is written once however often it is asked for.
/// </summary>
internal sealed class CreditEntry
{
    private CreditEntry()
    {
    }

    public long Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public Currency Currency { get; private set; }

    public long Amount { get; private set; }

    /// <summary><c>subscription:{id}:plan:{n}</c> for a credit; <c>payment:{id}</c> for a use and <c>payment:{id}:released</c> for its return.</summary>
    public string EntryKey { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static string UseKey(PaymentId paymentId) => $"payment:{paymentId}";

    public static string ReleaseKey(PaymentId paymentId) => $"payment:{paymentId}:released";

    public static CreditEntry Record(BusinessId businessId, Mode mode, CustomerId customerId, Money amount, string entryKey, string description, DateTimeOffset now) =>
        amount.IsZero
            ? throw new ArgumentOutOfRangeException(nameof(amount), "A credit entry moves some money.")
            : new()
            {
                BusinessId = businessId, Mode = mode, CustomerId = customerId, Currency = amount.Currency, Amount = amount.MinorUnits,
                EntryKey = entryKey, Description = description, CreatedAt = now,
            };
}
