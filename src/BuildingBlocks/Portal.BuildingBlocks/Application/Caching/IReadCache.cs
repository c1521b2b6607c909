namespace Portal.BuildingBlocks.Application.Caching;

/// <summary>
/// Answers to cached queries, kept until PostgreSQL says a row in their scope changed (ADR 0019). Serves
/// nothing while it is not listening: then every read goes to the database.
/// </summary>
public interface IReadCache
{
    Task<T> GetOrLoadAsync<T>(ReadScope scope, object key, Func<Task<T>> load);

    /// <summary>
    /// Returns once every change committed before the call has ended its entries here: what a command just
    /// saved is never read back stale from this instance.
    /// </summary>
    Task CatchUpAsync(CancellationToken cancellationToken);
}
