using System.Diagnostics.CodeAnalysis;

namespace Portal.BuildingBlocks.Application.Caching;

/// <summary>
/// Answers to cached queries, kept until PostgreSQL says a row in their scope changed (ADR 0019). Serves
/// nothing while it is not listening: then every read goes to the database.
/// </summary>
public interface IReadCache
{
    /// <summary>The answer to <paramref name="query"/> when it is in memory and still holds; never reads the database.</summary>
    bool TryGet<T>(ICachedQuery<T> query, ReadScope scope, [MaybeNullWhen(false)] out T answer);

    /// <param name="load">Reads the answer, and until when it holds by itself (null: until a row changes).</param>
    Task<T> GetOrLoadAsync<T>(ICachedQuery<T> query, ReadScope scope, Func<Task<(T Answer, DateTimeOffset? ValidUntil)>> load);

    /// <summary>
    /// Returns once every change committed before the call has ended its entries here: what a command just
    /// saved is never read back stale from this instance.
    /// </summary>
    Task CatchUpAsync(CancellationToken cancellationToken);
}
