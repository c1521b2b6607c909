using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Licensing.Application.LicenseKeys;

namespace Portal.Modules.Licensing.Application.Instances.ListLicenseKeyInstances;

/// <summary>A business's instances in one mode, newest first, optionally of one key.</summary>
public sealed record ListLicenseKeyInstancesQuery(BusinessId BusinessId, Mode Mode, string? LicenseKeyId, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<LicenseKeyInstanceDto>>, IPagedQuery;
