using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>The gates of this host, one per endpoint and rate limit (a changed limit gets a new gate).</summary>
internal sealed class EndpointGates(IOptions<WebhooksOptions> options)
{
    private readonly ConcurrentDictionary<(WebhookEndpointId, int?), EndpointGate> _gates = new();

    public EndpointGate For(WebhookEndpointId endpointId, int? rateLimit) =>
        _gates.GetOrAdd((endpointId, rateLimit), key => new EndpointGate(options.Value.MaxConcurrencyPerEndpoint, key.Item2));
}
