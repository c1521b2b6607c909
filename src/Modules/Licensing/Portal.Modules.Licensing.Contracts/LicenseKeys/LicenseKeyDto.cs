namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>A license key as merchants and its owner see it. <see cref="Status"/> is <c>active</c>, <c>expired</c> or <c>disabled</c>.</summary>
public sealed record LicenseKeyDto(
    string Id,
    string BusinessId,
    string CustomerId,
    string Key,
    string ProductId,
    string ProductName,
    string Status,
    int? ActivationsLimit,
    int InstancesCount,
    DateTimeOffset? ExpiresAt,
    string? PaymentId,
    string? SubscriptionId,
    DateTimeOffset? ActivationsResetAt,
    DateTimeOffset CreatedAt);

/// <summary>One activation of a key.</summary>
public sealed record LicenseKeyInstanceDto(string Id, string BusinessId, string LicenseKeyId, string Name, DateTimeOffset CreatedAt);

/// <summary>A key on its owner's portal page, with its instances oldest first and whether the customer may reset them now.</summary>
public sealed record CustomerLicenseKeyDto(LicenseKeyDto Key, IReadOnlyList<LicenseKeyInstanceDto> Instances, bool CanResetActivations);
