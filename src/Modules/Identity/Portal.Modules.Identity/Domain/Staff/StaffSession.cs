using Portal.Modules.Identity.Domain.Sessions;

namespace Portal.Modules.Identity.Domain.Staff;

/// <summary>
/// A signed-in merchant user or operator (<see cref="ServerSession"/>): signing out, "sign out everywhere",
/// a password change, a role change or removal from the team end it at once. It ends after two hours without
/// use and, in any case, twelve hours after sign-in.
/// </summary>
internal sealed class StaffSession : ServerSession
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    private StaffSession()
    {
    }

    public StaffArea Area { get; private set; }

    /// <summary>The merchant user's or the operator's id, as <see cref="Area"/> says.</summary>
    public Guid AccountId { get; private set; }

    protected override TimeSpan IdleLimit => IdleTimeout;

    public static StaffSession Start(StaffArea area, Guid accountId, DateTimeOffset now)
    {
        var session = new StaffSession { Area = area, AccountId = accountId };
        session.Begin(now, AbsoluteTimeout);
        return session;
    }
}
