using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.BuildingBlocks.Application.Caching;

/// <summary>
/// A query whose answer is kept in memory until a row in its <see cref="ReadScope"/> changes (ADR 0019). The
/// query itself is the key, so it must be a record of values; its answer must never be mutated. Every table
/// the answer reads must carry the read-change trigger (<c>ReadChangeTriggers</c>, in the owning module's
/// migration) for the scope's rows: a table without it would leave the answer stale.
/// </summary>
public interface ICachedQuery<TResult> : IQuery<TResult>
{
    ReadScope ReadScope { get; }
}
