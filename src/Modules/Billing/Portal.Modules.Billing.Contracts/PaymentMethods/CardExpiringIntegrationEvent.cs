namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>A card that pays active subscriptions expires within 30 days; announced once per card.</summary>
[MessageName("billing.card_expiring")]
public sealed record CardExpiringIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string PaymentMethodId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    IReadOnlyList<string> ProductNames) : IntegrationEvent(EventId, OccurredOnUtc);
