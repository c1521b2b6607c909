using System.ComponentModel;

namespace Portal.Modules.Subscriptions.Infrastructure.Jobs;

/// <summary>Every ten minutes: renews the subscriptions whose period is over (safe on several job servers at once).</summary>
internal sealed class RenewSubscriptionsJob(ISender sender)
{
    public const string Id = "subscriptions-renew";

    [DisplayName("Renew subscriptions whose period is over")]
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendAsync(new RenewDueSubscriptionsCommand(), cancellationToken);
}
