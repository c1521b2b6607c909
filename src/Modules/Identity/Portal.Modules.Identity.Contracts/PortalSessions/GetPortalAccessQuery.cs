namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// May this customer still use their business's portal: the customer not blocked, the business's portal
/// open? Asked on every portal request that has a business open, whatever kind of session it came from (a
/// unified session names an email, not a customer, so ending sessions alone cannot reach every one of
/// them). Answered from memory until the customer's or the business's row changes (ADR 0019).
/// </summary>
public sealed record GetPortalAccessQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : ICachedQuery<bool>
{
    public ReadScope ReadScope => ReadScope.Customer(BusinessId, Mode, CustomerId);
}
