using System.ComponentModel;

namespace Portal.Modules.Subscriptions.Infrastructure.Jobs;

/// <summary>Every day: tells customers that a card paying their subscriptions expires within 30 days, once per card.</summary>
internal sealed class RemindExpiringCardsJob(ISender sender)
{
    public const string Id = "subscriptions-remind-expiring-cards";

    [DisplayName("Announce the cards that expire within 30 days and pay subscriptions")]
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendAsync(new RemindExpiringCardsCommand(), cancellationToken);
}
