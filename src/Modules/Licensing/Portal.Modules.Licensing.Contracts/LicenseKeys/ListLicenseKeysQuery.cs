namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>
/// A business's keys in one mode, newest first, optionally of one customer or product, in one status
/// (<c>active|expired|disabled</c>), or created within bounds (both included).
/// </summary>
public sealed record ListLicenseKeysQuery(
    BusinessId BusinessId, Mode Mode, string? CustomerId, string? ProductId, string? Status, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<LicenseKeyDto>>, IPagedQuery, ICreationBoundedQuery
{
    public DateTimeOffset? CreatedAtGte { get; init; }

    public DateTimeOffset? CreatedAtLte { get; init; }
}
