namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>A license key was issued for a purchase (Dodo's <c>license_key.created</c>). The key itself is not in the event.</summary>
[MessageName("licensing.license_key_issued")]
public sealed record LicenseKeyIssuedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string LicenseKeyId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    string ProductId,
    string PaymentId,
    string? SubscriptionId) : IntegrationEvent(EventId, OccurredOnUtc);
