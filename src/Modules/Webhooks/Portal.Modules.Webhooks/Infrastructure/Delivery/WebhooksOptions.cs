namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>The <c>Webhooks</c> settings.</summary>
internal sealed class WebhooksOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Lets endpoints point at loopback, private and link-local addresses: the demo and the tests only.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long one attempt may take, connecting included (at most 15 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a run of the delivery job holds the deliveries it claimed: a host that stops before recording
    /// an attempt's outcome leaves its delivery due again after this. At least the timeout and 30 s more.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts in flight to one endpoint from one host at a time.</summary>
    public int MaxConcurrencyPerEndpoint { get; set; } = 4;

    /// <summary>Attempts in flight from one host at a time, all endpoints together.</summary>
    public int MaxParallelDeliveries { get; set; } = 16;
}
