namespace Portal.Modules.Licensing.Endpoints;

/// <summary>Dodo's <c>LicenseKey</c>. Every key here is issued by a purchase: <c>source</c> is <c>auto</c>.</summary>
internal sealed record LicenseKeyResponse(
    string Id,
    string BrandId,
    string BusinessId,
    DateTimeOffset CreatedAt,
    string CustomerId,
    int InstancesCount,
    string Key,
    string ProductId,
    string Source,
    string Status,
    int? ActivationsLimit,
    DateTimeOffset? ExpiresAt,
    string? PaymentId,
    string? SubscriptionId)
{
    public static LicenseKeyResponse From(LicenseKeyDto k) =>
        new(k.Id, k.BusinessId, k.BusinessId, k.CreatedAt, k.CustomerId, k.InstancesCount, k.Key, k.ProductId, "auto", k.Status,
            k.ActivationsLimit, k.ExpiresAt, k.PaymentId, k.SubscriptionId);
}

/// <summary>Dodo's <c>LicenseKeyInstance</c>.</summary>
internal sealed record LicenseKeyInstanceResponse(string Id, string BusinessId, DateTimeOffset CreatedAt, string LicenseKeyId, string Name)
{
    public static LicenseKeyInstanceResponse From(LicenseKeyInstanceDto i) => new(i.Id, i.BusinessId, i.CreatedAt, i.LicenseKeyId, i.Name);
}
