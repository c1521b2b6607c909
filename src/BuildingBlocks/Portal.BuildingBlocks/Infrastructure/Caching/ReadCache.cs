using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Portal.BuildingBlocks.Infrastructure.Caching;

/// <summary>
/// The in-memory side of ADR 0019. Entries hang on one cancellation token for everything and one per payload that
/// ends their scope (its own, its business's, each customer's of a set), each taken before the database is read: a change that lands while an answer is being loaded
/// has already cancelled the token that answer would be stored under, so a stale answer is never kept.
/// </summary>
internal sealed partial class ReadCache(NpgsqlDataSource dataSource, IOptions<ReadCacheOptions> options, TimeProvider time, ILogger<ReadCache> logger)
    : IReadCache, IDisposable
{
    public const string Channel = "portal_read_changes";
    public const string EverythingPayload = "everything";
    private const string CatchUpPrefix = "catch-up/";

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.Value.BudgetKilobytes });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _scopes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _catchUps = new(StringComparer.Ordinal);
    private readonly Lock _everythingLock = new();
    private CancellationTokenSource _everything = new();
    private volatile bool _listening;

    public bool TryGet<T>(ICachedQuery<T> query, ReadScope scope, [MaybeNullWhen(false)] out T answer)
    {
        var entryKey = (scope.Key, query);
        if (_listening && _entries.TryGetValue(entryKey, out var found) && found is CachedAnswer { } cached)
        {
            if (cached.ValidUntil is not { } until || time.GetUtcNow() < until)
            {
                answer = (T)cached.Answer!;
                return true;
            }

            _entries.Remove(entryKey);
        }

        answer = default;
        return false;
    }

    public async Task<T> GetOrLoadAsync<T>(ICachedQuery<T> query, ReadScope scope, Func<Task<(T Answer, DateTimeOffset? ValidUntil)>> load)
    {
        if (!_listening)
        {
            return (await load()).Answer;
        }

        if (TryGet(query, scope, out var cached))
        {
            return cached;
        }

        var entryKey = (scope.Key, query);
        var endedBy = scope.EndedBy;
        var tokens = new List<IChangeToken>(endedBy.Count + 1) { new CancellationChangeToken(EverythingToken()) };
        foreach (var payload in endedBy)
        {
            tokens.Add(new CancellationChangeToken(ScopeToken(payload)));
        }

        var (answer, validUntil) = await load();
        var entryOptions = new MemoryCacheEntryOptions { Size = Math.Max(1, query.CacheSize(answer)), SlidingExpiration = options.Value.SlidingExpiration };
        foreach (var token in tokens)
        {
            entryOptions.ExpirationTokens.Add(token);
        }

        // An entry whose token was cancelled during the load expires as it is set: it is never served.
        _entries.Set(entryKey, new CachedAnswer(answer, validUntil), entryOptions);
        return answer;
    }

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        // Even with nothing cached: a load that read the database before this command committed may be
        // about to store its answer, and only the notification ends it.
        if (!_listening)
        {
            return;
        }

        // Notifications reach a listener in commit order: once this one arrives, so have those of every
        // transaction committed before it was sent.
        var payload = CatchUpPrefix + Guid.NewGuid().ToString("N");
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _catchUps[payload] = arrived;
        try
        {
            await using (var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)"))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = Channel });
                command.Parameters.Add(new NpgsqlParameter { Value = payload });
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await arrived.Task.WaitAsync(options.Value.CatchUpTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogCatchUpTimedOut(logger, options.Value.CatchUpTimeout.TotalMilliseconds);
            ForgetEverything();
        }
        finally
        {
            _catchUps.TryRemove(payload, out _);
        }
    }

    /// <summary>A notification from the channel: ends the entries of the scope it names.</summary>
    public void OnChange(string payload)
    {
        if (payload.StartsWith(CatchUpPrefix, StringComparison.Ordinal))
        {
            if (_catchUps.TryRemove(payload, out var arrived))
            {
                arrived.TrySetResult();
            }

            return;
        }

        if (payload == EverythingPayload)
        {
            ForgetEverything();
            return;
        }

        if (_scopes.TryRemove(payload, out var scope))
        {
            scope.Cancel();
            scope.Dispose();
        }
    }

    /// <summary>The listener is up: start from nothing, since changes made while it was away were not heard.</summary>
    public void StartServing()
    {
        ForgetEverything();
        _listening = true;
    }

    /// <summary>The listener is down: serve nothing until it is back.</summary>
    public void StopServing()
    {
        _listening = false;
        ForgetEverything();
    }

    public void Dispose()
    {
        _entries.Dispose();
        _everything.Dispose();
    }

    private void ForgetEverything()
    {
        CancellationTokenSource old;
        lock (_everythingLock)
        {
            old = _everything;
            _everything = new CancellationTokenSource();
        }

        old.Cancel();
        old.Dispose();
        foreach (var scope in _scopes.Keys)
        {
            OnChange(scope);
        }

        foreach (var arrived in _catchUps.Values)
        {
            arrived.TrySetResult();
        }
    }

    private CancellationToken EverythingToken()
    {
        lock (_everythingLock)
        {
            return _everything.Token;
        }
    }

    private CancellationToken ScopeToken(string scope)
    {
        // A scope outlives its entries (sessions end, customers go quiet); starting over bounds them.
        if (_scopes.Count > options.Value.BudgetKilobytes)
        {
            ForgetEverything();
        }

        return _scopes.GetOrAdd(scope, static _ => new CancellationTokenSource()).Token;
    }

    private sealed record CachedAnswer(object? Answer, DateTimeOffset? ValidUntil);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read cache did not hear its own notification within {TimeoutMs} ms; it forgot everything it held")]
    private static partial void LogCatchUpTimedOut(ILogger logger, double timeoutMs);
}
