namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>A business's keys in one mode, newest first, optionally of one customer or product, or in one status (<c>active|expired|disabled</c>).</summary>
public sealed record ListLicenseKeysQuery(
    BusinessId BusinessId, Mode Mode, string? CustomerId, string? ProductId, string? Status, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<LicenseKeyDto>>, IPagedQuery;
