using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

public sealed record GetLicenseKeyQuery(BusinessId BusinessId, Mode Mode, string LicenseKeyId) : IQuery<LicenseKeyDto>;
