using System.ComponentModel;

namespace Portal.Modules.Subscriptions.Infrastructure.Jobs;

/// <summary>Every hour: retries the dues of on-hold subscriptions whose retry has come (safe on several job servers at once).</summary>
internal sealed class CollectDuesJob(ISender sender)
{
    public const string Id = "subscriptions-collect-dues";

    [DisplayName("Retry the dues of on-hold subscriptions")]
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendAsync(new CollectDuesCommand(), cancellationToken);
}
