namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// What this host lets through to one endpoint, all runs of the delivery job together (<see cref="EndpointGates"/>): at most <c>Webhooks:MaxConcurrencyPerEndpoint</c> attempts
/// in flight, and, when the merchant set a <c>rate_limit</c>, attempt starts at least 1/rate_limit of a
/// second apart (paced on the wall clock: it protects the merchant's server, not the platform's timeline).
/// </summary>
internal sealed class EndpointGate(int concurrency, int? rateLimit)
{
    private readonly SemaphoreSlim _inFlight = new(concurrency);
    private readonly Lock _pace = new();
    private readonly TimeSpan _interval = rateLimit is { } perSecond ? TimeSpan.FromSeconds(1.0 / perSecond) : TimeSpan.Zero;
    private long _nextStart;

    /// <summary>Waits for a free slot and, with a rate limit, for this attempt's turn; dispose the answer when the attempt ends.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            if (_interval > TimeSpan.Zero)
            {
                TimeSpan wait;
                lock (_pace)
                {
                    var now = TimeProvider.System.GetTimestamp();
                    var start = Math.Max(now, _nextStart);
                    _nextStart = start + (long)(_interval.TotalSeconds * TimeProvider.System.TimestampFrequency);
                    wait = TimeProvider.System.GetElapsedTime(now, start);
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }

            return new Slot(_inFlight);
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    private sealed class Slot(SemaphoreSlim inFlight) : IDisposable
    {
        public void Dispose() => inFlight.Release();
    }
}
