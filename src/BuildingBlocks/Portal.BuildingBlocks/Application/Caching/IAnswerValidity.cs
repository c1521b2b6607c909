namespace Portal.BuildingBlocks.Application.Caching;

/// <summary>
/// Where a cached query's handler says its answer stops being true by itself, as time passes (a card's
/// expiry month ending, a key's expiry): the cache serves it until the earliest such moment, by the
/// application's clock. One per request scope.
/// </summary>
public interface IAnswerValidity
{
    void Until(DateTimeOffset moment);
}

/// <summary>The earliest moment handlers in this scope named; read by the cache after each load.</summary>
public sealed class AnswerValidity : IAnswerValidity
{
    public DateTimeOffset? ValidUntil { get; private set; }

    public void Until(DateTimeOffset moment)
    {
        if (ValidUntil is not { } earliest || moment < earliest)
        {
            ValidUntil = moment;
        }
    }

    /// <summary>Starts a load afresh: what an earlier load in this scope named does not bind the next.</summary>
    public void Reset() => ValidUntil = null;
}
