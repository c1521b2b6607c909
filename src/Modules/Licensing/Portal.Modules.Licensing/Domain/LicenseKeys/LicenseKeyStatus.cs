namespace Portal.Modules.Licensing.Domain.LicenseKeys;

/// <summary>Dodo's statuses. Not stored: it follows from <see cref="LicenseKey.Disabled"/> and the expiry at the time asked.</summary>
internal enum LicenseKeyStatus
{
    Active,
    Expired,
    Disabled,
}
