using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>
/// A query whose answer is kept in memory until a row in its <see cref="ReadScope"/> changes (ADR 0019). The
/// query itself is the key, so it must be a record of values; its answer must never be mutated. Every table
/// the answer reads must carry the read-change trigger (<c>ReadChangeTriggers</c>, in the owning module's
/// migration) for the scope's rows: a table without it would leave the answer stale. An answer that also
/// changes with time (an expiry passing) says until when it holds through <c>IAnswerValidity</c>.
/// </summary>
public interface ICachedQuery<TResult> : IQuery<TResult>
{
    /// <summary>Null: this particular query is not cached (its scope cannot be known before it runs).</summary>
    ReadScope? ReadScope { get; }

    /// <summary>
    /// How much of the cache's budget the answer takes, in kilobytes (at least 1): by default about one per
    /// row of a list (a portal row, its strings included, takes about that much), else 1.
    /// </summary>
    long CacheSize(TResult answer) => answer is System.Collections.ICollection rows ? 1 + rows.Count : 1;
}
