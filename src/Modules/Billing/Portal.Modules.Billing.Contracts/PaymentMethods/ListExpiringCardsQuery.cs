namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// The saved cards of every business that stop working within <see cref="Within"/> of <paramref name="Now"/> (at the
/// end of their expiry month) and whose customer was not yet told: what the card-expiry reminder starts from.
/// </summary>
public sealed record ListExpiringCardsQuery(DateTimeOffset Now) : IQuery<IReadOnlyList<ExpiringCardDto>>
{
    public static readonly TimeSpan Within = TimeSpan.FromDays(30);
}

/// <summary>A card about to expire, whose it is, and whether it is its customer's default.</summary>
public sealed record ExpiringCardDto(string PaymentMethodId, BusinessId BusinessId, Mode Mode, CustomerId CustomerId, bool IsDefault);
