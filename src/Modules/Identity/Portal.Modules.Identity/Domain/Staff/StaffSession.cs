using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Domain.Staff;

/// <summary>
/// A signed-in merchant user or operator, kept on the server like a customer's session: the cookie only
/// carries its id, so signing out, "sign out everywhere", a password change, a role change or removal from
/// the team end it at once. It ends after two hours without use and, in any case, twelve hours after sign-in.
/// </summary>
internal sealed class StaffSession : AggregateRoot
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    /// <summary>Writes of "last seen" are spaced out so a busy merchant does not cost a write per page.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private StaffSession()
    {
    }

    public Guid Id { get; private set; }

    public StaffArea Area { get; private set; }

    /// <summary>The merchant user's or the operator's id, as <see cref="Area"/> says.</summary>
    public Guid AccountId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public static StaffSession Start(StaffArea area, Guid accountId, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            Area = area,
            AccountId = accountId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + AbsoluteTimeout,
        };

    /// <summary>The first moment the session is no longer alive, unless it is touched before; an ended session never was.</summary>
    public DateTimeOffset ActiveUntil => EndedAt is not null
        ? DateTimeOffset.MinValue
        : ExpiresAt < LastSeenAt + IdleTimeout ? ExpiresAt : LastSeenAt + IdleTimeout;

    public bool IsActive(DateTimeOffset now) => now < ActiveUntil;
}
