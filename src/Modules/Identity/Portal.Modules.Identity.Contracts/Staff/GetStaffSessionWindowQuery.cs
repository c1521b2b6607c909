namespace Portal.Modules.Identity.Contracts.Staff;

/// <summary>
/// Until when a merchant's or operator's session is alive, and when it is next due a touch: what every
/// admin and operator request asks, answered from memory until the session's row changes (ADR 0019).
/// Null: no such session.
/// </summary>
public sealed record GetStaffSessionWindowQuery(Guid SessionId) : ICachedQuery<StaffSessionWindow?>
{
    public ReadScope ReadScope => ReadScope.Session(SessionId);
}

/// <param name="ActiveUntil">The first moment the session is no longer alive, unless touched before.</param>
/// <param name="TouchDueAt">From then on, a request must go through <c>ValidateStaffSessionCommand</c>, which keeps it alive.</param>
public sealed record StaffSessionWindow(DateTimeOffset ActiveUntil, DateTimeOffset TouchDueAt);
