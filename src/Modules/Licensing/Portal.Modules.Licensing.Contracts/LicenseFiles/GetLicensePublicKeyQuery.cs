namespace Portal.Modules.Licensing.Contracts.LicenseFiles;

/// <summary>
/// The public key that verifies the business's license files of one mode, made with its pair on first
/// need; NOT_FOUND for a business that does not exist (no pair is made for it).
/// </summary>
public sealed record GetLicensePublicKeyQuery(BusinessId BusinessId, Mode Mode) : IQuery<LicensePublicKeyDto>;
