using Microsoft.AspNetCore.DataProtection;

namespace Portal.Modules.Licensing.Infrastructure.Security;

/// <summary>Encrypts license keys with ASP.NET Core Data Protection (keys in PostgreSQL, shared by every host instance).</summary>
internal sealed class DataProtectionLicenseKeyVault(IDataProtectionProvider provider) : ILicenseKeyVault
{
    private readonly IDataProtector _protector = provider.CreateProtector("Portal.Licensing.LicenseKey.v1");

    public string Seal(string licenseKey) => _protector.Protect(licenseKey);

    public string Reveal(string sealedKey) => _protector.Unprotect(sealedKey);
}
