namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>A saved card as the customer and the API see it.</summary>
public sealed record PaymentMethodDto(
    string PaymentMethodId,
    string Brand,
    string LastFour,
    int ExpiryMonth,
    int ExpiryYear,
    bool IsDefault,
    bool IsExpired,
    DateTimeOffset CreatedAt);
