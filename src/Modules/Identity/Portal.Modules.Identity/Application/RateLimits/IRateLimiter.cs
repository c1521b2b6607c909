namespace Portal.Modules.Identity.Application.RateLimits;

/// <summary>
/// Counts attempts per key in fixed windows, in PostgreSQL, so a limit holds across every instance of
/// the host. Keys are hashed before they are stored: an email never sits in the counters.
/// </summary>
internal interface IRateLimiter
{
    /// <summary>Records one attempt; true while the key has made at most <paramref name="limit"/> in the window.</summary>
    Task<bool> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Forgets the key's attempts in the current window (a sign-in that succeeded).</summary>
    Task ResetAsync(string key, TimeSpan window, CancellationToken cancellationToken);
}
