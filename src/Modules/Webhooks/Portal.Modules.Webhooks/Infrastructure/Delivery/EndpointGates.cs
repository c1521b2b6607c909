using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// The gates of this host: <c>Webhooks:MaxParallelDeliveries</c> attempts in flight in all, whatever runs of
/// the job are going on, and one <see cref="EndpointGate"/> per endpoint and rate limit (a changed limit
/// gets a new gate).
/// </summary>
internal sealed class EndpointGates(IOptions<WebhooksOptions> options)
{
    private readonly ConcurrentDictionary<(WebhookEndpointId, int?), EndpointGate> _gates = new();
    private readonly SemaphoreSlim _host = new(options.Value.MaxParallelDeliveries);

    /// <summary>
    /// Waits for the endpoint's turn, then for a slot of the host (in that order, so attempts queued for one
    /// busy endpoint never hold the host's slots); dispose the answer when the attempt ends.
    /// </summary>
    public async Task<IDisposable> EnterAsync(WebhookEndpointId endpointId, int? rateLimit, CancellationToken cancellationToken)
    {
        var endpoint = await _gates.GetOrAdd((endpointId, rateLimit), key => new EndpointGate(options.Value.MaxConcurrencyPerEndpoint, key.Item2)).EnterAsync(cancellationToken);
        try
        {
            await _host.WaitAsync(cancellationToken);
            return new Slots(endpoint, _host);
        }
        catch
        {
            endpoint.Dispose();
            throw;
        }
    }

    private sealed class Slots(IDisposable endpoint, SemaphoreSlim host) : IDisposable
    {
        public void Dispose()
        {
            endpoint.Dispose();
            host.Release();
        }
    }
}
