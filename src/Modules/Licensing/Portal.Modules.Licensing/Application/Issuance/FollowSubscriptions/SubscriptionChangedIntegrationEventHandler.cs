using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Licensing.Application.Issuance.FollowSubscriptions;

/// <summary>
/// Keeps the keys bought with a subscription in step with it: cancelled, expired, failed or set to
/// cancel at the period's end → they expire when access ends; active again → no expiry. On hold, the
/// keys keep working while the dues are collected.
/// </summary>
[MessageName("licensing.follow_subscription")]
internal sealed class SubscriptionChangedIntegrationEventHandler(ILicensingDbContext db, TimeProvider time)
    : IIntegrationEventHandler<SubscriptionChangedIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var subscriptionId = SubscriptionId.FromTrusted(e.SubscriptionId);
        var businessId = BusinessId.FromTrusted(e.BusinessId);
        var keys = await db.LicenseKeys
            .Where(k => k.SubscriptionId == subscriptionId && k.BusinessId == businessId && k.Mode == e.Mode)
            .ToListAsync(cancellationToken);
        var accessEnds = e.ToStatus is SubscriptionStatus.Cancelled or SubscriptionStatus.Expired or SubscriptionStatus.Failed || e.CancelAtNextBillingDate;
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            key.FollowSubscription(accessEnds, e.AccessEndsAt, e.OccurredOnUtc, now);
        }
    }
}
