using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>Issue 17: what a page offers on a subscription comes from its read model, one rule per capability.</summary>
public sealed class SubscriptionCapabilitiesTests
{
    [Theory]
    [InlineData(SubscriptionStatus.Active, false, true, true, false, true)]
    [InlineData(SubscriptionStatus.Active, true, true, false, true, true)]
    [InlineData(SubscriptionStatus.OnHold, false, false, false, false, true)]
    [InlineData(SubscriptionStatus.Pending, false, false, false, false, true)]
    [InlineData(SubscriptionStatus.Cancelled, true, false, false, false, false)]
    [InlineData(SubscriptionStatus.Expired, false, false, false, false, false)]
    [InlineData(SubscriptionStatus.Failed, false, false, false, false, false)]
    public void Each_status_offers_what_the_subscription_allows(
        SubscriptionStatus status, bool cancelAtPeriodEnd, bool canCancelAtPeriodEnd, bool canSchedule, bool canUndo, bool isCurrent)
    {
        var subscription = SubscriptionOf(status, cancelAtPeriodEnd);

        Assert.Equal(
            (canCancelAtPeriodEnd, canSchedule, canUndo, isCurrent, status == SubscriptionStatus.OnHold),
            (subscription.CanCancelAtPeriodEnd, subscription.CanScheduleCancellation, subscription.CanUndoCancellation, subscription.IsCurrent, subscription.IsOnHold));
    }

    private static SubscriptionDto SubscriptionOf(SubscriptionStatus status, bool cancelAtNextBillingDate)
    {
        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        return new SubscriptionDto(
            "sub_capabilities", "bus_capabilities", Mode.Test, "cus_capabilities", "pdt_capabilities", "Pro", 1, "EUR", 1_900, 1_900, 2_200,
            IntervalUnit.Month, 1, null, status, start, start.AddMonths(1), cancelAtNextBillingDate, null, null, null, null, null,
            new BillingAddressDto("IT", null, null, null, null), 0, 0, null, null, null, start);
    }
}
