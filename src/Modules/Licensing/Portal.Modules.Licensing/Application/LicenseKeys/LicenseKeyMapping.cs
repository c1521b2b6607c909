namespace Portal.Modules.Licensing.Application.LicenseKeys;

/// <summary>Turns keys and instances into their DTOs; the key is revealed from its encrypted form here only.</summary>
internal sealed class LicenseKeyMapping(ILicenseKeyVault vault, TimeProvider time)
{
    public LicenseKeyDto ToDto(LicenseKey key) =>
        new(
            key.Id.Value,
            key.BusinessId.Value,
            key.CustomerId.Value,
            vault.Reveal(key.ProtectedKey),
            key.ProductId.Value,
            key.ProductName,
            StatusName(key.StatusAt(time.GetUtcNow())),
            key.ActivationsLimit,
            key.InstancesCount,
            key.ExpiresAt,
            key.PaymentId?.Value,
            key.SubscriptionId?.Value,
            key.ActivationsResetAt,
            key.CreatedAt);

    public static LicenseKeyInstanceDto ToDto(LicenseKeyInstance instance) =>
        new(instance.Id.Value, instance.BusinessId.Value, instance.LicenseKeyId.Value, instance.Name, instance.CreatedAt);

    public static string StatusName(LicenseKeyStatus status) => status switch
    {
        LicenseKeyStatus.Active => "active",
        LicenseKeyStatus.Expired => "expired",
        _ => "disabled",
    };
}
