namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>
/// A business's rule for plan changes, the same in test and live mode (ADR 0015): whether customers and
/// the API may change plans at all, and how upgrades and downgrades are billed unless a collection says
/// otherwise. A business without a row has updates off.
/// </summary>
internal sealed class PlanChangePolicy
{
    private PlanChangePolicy()
    {
    }

    public BusinessId BusinessId { get; private set; }

    public bool AllowSubscriptionUpdates { get; private set; }

    public ProrationMode UpgradeMode { get; private set; }

    public ProrationMode DowngradeMode { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static PlanChangePolicy Default(BusinessId businessId) => new()
    {
        BusinessId = businessId,
        AllowSubscriptionUpdates = false,
        UpgradeMode = ProrationMode.ProratedImmediately,
        DowngradeMode = ProrationMode.ProratedImmediately,
    };

    public void Update(bool allowSubscriptionUpdates, ProrationMode upgradeMode, ProrationMode downgradeMode, DateTimeOffset now)
    {
        AllowSubscriptionUpdates = allowSubscriptionUpdates;
        UpgradeMode = upgradeMode;
        DowngradeMode = downgradeMode;
        UpdatedAt = now;
    }

    public void EnsureUpdatesAllowed()
    {
        if (!AllowSubscriptionUpdates)
        {
            throw new DomainException(Error.Unprocessable("SUBSCRIPTION_UPDATES_DISABLED", "This business does not allow plan changes."));
        }
    }
}
