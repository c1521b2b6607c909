namespace Portal.Modules.Identity.Domain.RateLimits;

/// <summary>Attempts of one (hashed) key in one fixed window; rows are removed once the window has passed.</summary>
internal sealed class RateLimitCounter
{
    public required string Key { get; init; }

    public DateTimeOffset WindowStart { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public int Hits { get; init; }
}
