using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Licensing.Application.LicenseKeys;

namespace Portal.Modules.Licensing.Application.Instances.GetLicenseKeyInstance;

public sealed record GetLicenseKeyInstanceQuery(BusinessId BusinessId, Mode Mode, string InstanceId) : IQuery<LicenseKeyInstanceDto>;
