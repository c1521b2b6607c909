using Portal.Modules.Identity.Domain.Sessions;

namespace Portal.Modules.Identity.Domain.PortalSessions;

/// <summary>
/// A signed-in customer (<see cref="ServerSession"/>): blocking the customer or closing the portal ends it
/// too. It ends after an hour without use and, in any case, twelve hours after sign-in.
/// </summary>
internal sealed class PortalSession : ServerSession
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(1);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    private PortalSession()
    {
    }

    public Mode Mode { get; private set; }

    /// <summary>The business of a business-portal session; null for a unified-portal session.</summary>
    public BusinessId? BusinessId { get; private set; }

    public CustomerId? CustomerId { get; private set; }

    /// <summary>The normalised email of a unified-portal session, which may open any business where it is a customer.</summary>
    public string? Email { get; private set; }

    protected override TimeSpan IdleLimit => IdleTimeout;

    public static PortalSession Start(Mode mode, BusinessId businessId, CustomerId customerId, DateTimeOffset now)
    {
        var session = new PortalSession { Mode = mode, BusinessId = businessId, CustomerId = customerId };
        session.Begin(now, AbsoluteTimeout);
        return session;
    }

    public static PortalSession StartUnified(Mode mode, string normalizedEmail, DateTimeOffset now)
    {
        var session = new PortalSession { Mode = mode, Email = normalizedEmail };
        session.Begin(now, AbsoluteTimeout);
        return session;
    }
}
