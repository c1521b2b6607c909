using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Licensing.Application.Instances.GetLicenseKeyInstance;

internal sealed record GetLicenseKeyInstanceQuery(BusinessId BusinessId, Mode Mode, string InstanceId) : IQuery<LicenseKeyInstanceDto>;
