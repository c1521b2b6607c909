namespace Portal.Modules.Licensing.Contracts.LicenseFiles;

/// <summary>
/// A signed <c>portal-license/1</c> file of one of the customer's usable keys (docs/licensing.md), issued
/// now; another customer's key → 404, a disabled or expired key → 422. Signing makes the business's key
/// pair on first need.
/// </summary>
public sealed record GetLicenseFileQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string LicenseKeyId) : IQuery<LicenseFileDto>;

/// <summary>The file's bytes (UTF-8 JSON) and the name to save it under.</summary>
public sealed record LicenseFileDto(byte[] Content, string FileName);
