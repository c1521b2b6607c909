namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

public sealed record GetLicenseKeyQuery(BusinessId BusinessId, Mode Mode, string LicenseKeyId) : IQuery<LicenseKeyDto>;
