using Portal.Modules.Licensing.Contracts.LicenseKeys;

namespace Portal.Modules.Licensing.Contracts.Instances;

/// <summary>A business's instances in one mode, newest first, optionally of one key.</summary>
public sealed record ListLicenseKeyInstancesQuery(BusinessId BusinessId, Mode Mode, string? LicenseKeyId, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<LicenseKeyInstanceDto>>, IPagedQuery;
