using System.ComponentModel;

namespace Portal.Modules.Subscriptions.Infrastructure.Jobs;

/// <summary>Every day: tells customers of yearly plans (and longer) that their subscription renews within 7 days, once per period.</summary>
internal sealed class RemindUpcomingRenewalsJob(ISender sender)
{
    public const string Id = "subscriptions-remind-renewals";

    [DisplayName("Announce the renewals of yearly plans due within 7 days")]
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendAsync(new RemindUpcomingRenewalsCommand(), cancellationToken);
}
