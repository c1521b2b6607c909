using System.Security.Cryptography;
using System.Text;
using Portal.Modules.Identity.Infrastructure.Persistence;

namespace Portal.Modules.Identity.Infrastructure.RateLimits;

/// <summary>One atomic upsert per attempt: concurrent requests on several instances count exactly.</summary>
internal sealed class PostgresRateLimiter(IdentityDbContext db, TimeProvider time) : IRateLimiter
{
    public async Task<bool> TryAcquireAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var windowStart = WindowStart(window);
        var hashedKey = HashOf(key);
        var hits = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO identity.rate_limit_counters (key, window_start, expires_at, hits)
                VALUES ({hashedKey}, {windowStart}, {windowStart + window}, 1)
                ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
                RETURNING hits AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return hits.Single() <= limit;
    }

    public async Task ResetAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var windowStart = WindowStart(window);
        var hashedKey = HashOf(key);
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM identity.rate_limit_counters WHERE key = {hashedKey} AND window_start = {windowStart}", cancellationToken);
    }

    private DateTimeOffset WindowStart(TimeSpan window)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
    }

    private static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
