namespace Portal.Modules.Identity.Domain.Sessions;

/// <summary>
/// A signed-in person kept on the server, so that signing out, or anything that takes their access away,
/// ends it everywhere at once; their cookie only carries its id. It ends after <see cref="IdleLimit"/>
/// without use and, in any case, at <see cref="ExpiresAt"/>. Customers' and staff sessions are both this.
/// </summary>
internal abstract class ServerSession : AggregateRoot
{
    /// <summary>Writes of "last seen" are spaced out so a busy user does not cost a write per page.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public Guid Id { get; protected set; }

    public DateTimeOffset CreatedAt { get; protected set; }

    public DateTimeOffset LastSeenAt { get; protected set; }

    public DateTimeOffset ExpiresAt { get; protected set; }

    public DateTimeOffset? EndedAt { get; protected set; }

    /// <summary>How long the session lives without use.</summary>
    protected abstract TimeSpan IdleLimit { get; }

    /// <summary>From then on, using the session must write "last seen" to keep it alive.</summary>
    public DateTimeOffset TouchDueAt => LastSeenAt + TouchInterval;

    /// <summary>
    /// The first moment the session is no longer alive, unless it is touched before (sliding idle timeout).
    /// An ended session never was, whatever the clock of whoever asks.
    /// </summary>
    public DateTimeOffset ActiveUntil => EndedAt is not null
        ? DateTimeOffset.MinValue
        : ExpiresAt < LastSeenAt + IdleLimit ? ExpiresAt : LastSeenAt + IdleLimit;

    public bool IsActive(DateTimeOffset now) => now < ActiveUntil;

    /// <summary>Sets the times of a session starting now that ends <paramref name="absoluteTimeout"/> later at the latest.</summary>
    protected void Begin(DateTimeOffset now, TimeSpan absoluteTimeout)
    {
        Id = Guid.NewGuid();
        CreatedAt = now;
        LastSeenAt = now;
        ExpiresAt = now + absoluteTimeout;
    }
}
