using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Domain.PortalSessions;

/// <summary>
/// A signed-in customer, kept on the server so that signing out, or disabling the customer, ends it
/// everywhere at once; the cookie only carries its id. It ends after an hour without use and, in any
/// case, twelve hours after sign-in.
/// </summary>
internal sealed class PortalSession : AggregateRoot
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(1);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    /// <summary>Writes of "last seen" are spaced out so a busy customer does not cost a write per page.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private PortalSession()
    {
    }

    public Guid Id { get; private set; }

    public Mode Mode { get; private set; }

    /// <summary>The business of a business-portal session; null for a unified-portal session.</summary>
    public BusinessId? BusinessId { get; private set; }

    public CustomerId? CustomerId { get; private set; }

    /// <summary>The normalised email of a unified-portal session, which may open any business where it is a customer.</summary>
    public string? Email { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public static PortalSession Start(Mode mode, BusinessId businessId, CustomerId customerId, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            Mode = mode,
            BusinessId = businessId,
            CustomerId = customerId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + AbsoluteTimeout,
        };

    public static PortalSession StartUnified(Mode mode, string normalizedEmail, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            Mode = mode,
            Email = normalizedEmail,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + AbsoluteTimeout,
        };

    /// <summary>
    /// The first moment the session is no longer alive, unless it is touched before (sliding idle timeout).
    /// An ended session never was, whatever the clock of whoever asks.
    /// </summary>
    public DateTimeOffset ActiveUntil => EndedAt is not null
        ? DateTimeOffset.MinValue
        : ExpiresAt < LastSeenAt + IdleTimeout ? ExpiresAt : LastSeenAt + IdleTimeout;

    public bool IsActive(DateTimeOffset now) => now < ActiveUntil;
}
