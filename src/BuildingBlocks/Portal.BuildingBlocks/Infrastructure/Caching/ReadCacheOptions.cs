namespace Portal.BuildingBlocks.Infrastructure.Caching;

/// <summary>Settings of the read cache (section <c>ReadCache</c>; docs/operations.md).</summary>
public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    /// <summary>Off: every read goes to the database (the bench measures both).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The cache's budget in kilobytes: an answer counts its <c>CacheSize</c> (about 1 per row of a list, an
    /// invoice PDF its size); past it, the least recently used go first. Also bounds the scopes tracked.
    /// </summary>
    public long BudgetKilobytes { get; set; } = 64 * 1024;

    /// <summary>An answer nobody read for this long is dropped.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a command waits for its changes to be heard before the cache forgets everything instead.</summary>
    public TimeSpan CatchUpTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pause before listening again after the connection was lost.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
}
