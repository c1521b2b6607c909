using System.Collections.Concurrent;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Wakes the relay as soon as a save wrote to a module's outbox, so events do not wait for the sweep, and tells
/// it which modules did: a wake-up relays those alone, not every module's outbox. Every module is still swept at
/// least every <see cref="SweepInterval"/>, however many wake-ups come in, for rows committed inside explicit
/// transactions (after their save's wake-up) or left by an instance that stopped.
/// </summary>
public sealed class OutboxSignal(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private long _lastSweep = time.GetTimestamp();

    /// <summary>The module of <paramref name="schema"/> has committed (or is about to commit) outbox rows.</summary>
    public void Notify(string schema)
    {
        _written[schema] = true;
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another save woke the relay at the same moment; one wake-up is enough.
            }
        }
    }

    /// <summary>
    /// Waits for a wake-up, at most <paramref name="timeout"/>: the schemas written since the last wait, or null when
    /// every module is due for a sweep.
    /// </summary>
    public async Task<IReadOnlyCollection<string>?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(timeout, cancellationToken);
        if (time.GetElapsedTime(Interlocked.Read(ref _lastSweep)) >= SweepInterval)
        {
            // What was written stays noted: rows of a save whose commit comes after the sweep's read are relayed at
            // the next wake-up, not two seconds later.
            Interlocked.Exchange(ref _lastSweep, time.GetTimestamp());
            return null;
        }

        var written = new List<string>();
        foreach (var schema in _written.Keys)
        {
            if (_written.TryRemove(schema, out _))
            {
                written.Add(schema);
            }
        }

        return written;
    }

    public void Dispose() => _signal.Dispose();
}
