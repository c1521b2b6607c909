namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Who is signed in to which business's portal, with that business's branding. Kept in memory until the
/// customer or the business changes (ADR 0019).
/// </summary>
public sealed record GetPortalOverviewQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : ICachedQuery<PortalOverviewDto>
{
    public ReadScope ReadScope => ReadScope.Customer(BusinessId, Mode, CustomerId);
}
