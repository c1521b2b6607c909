namespace Portal.Modules.Licensing.Application.Abstractions;

/// <summary>Keeps license keys encrypted at rest: sealed when issued, revealed only to show them to their owner or merchant.</summary>
internal interface ILicenseKeyVault
{
    string Seal(string licenseKey);

    string Reveal(string sealedKey);
}
