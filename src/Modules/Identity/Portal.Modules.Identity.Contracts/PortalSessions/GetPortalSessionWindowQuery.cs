namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Until when a portal session is alive, and when it is next due a touch: what every portal request asks,
/// answered from memory until the session's row changes (ADR 0019). Null: no such session in this mode.
/// </summary>
public sealed record GetPortalSessionWindowQuery(Guid SessionId, Mode Mode) : ICachedQuery<PortalSessionWindow?>
{
    public ReadScope ReadScope => ReadScope.Session(SessionId);
}

/// <param name="ActiveUntil">The first moment the session is no longer alive, unless touched before.</param>
/// <param name="TouchDueAt">From then on, a request must go through <c>ValidatePortalSessionCommand</c>, which keeps it alive.</param>
public sealed record PortalSessionWindow(DateTimeOffset ActiveUntil, DateTimeOffset TouchDueAt);
