using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Contracts.LicenseKeys;

namespace Portal.Modules.Licensing.Application.Instances.GetLicenseKeyInstance;

internal sealed record GetLicenseKeyInstanceQuery(BusinessId BusinessId, Mode Mode, string InstanceId) : IQuery<LicenseKeyInstanceDto>;
