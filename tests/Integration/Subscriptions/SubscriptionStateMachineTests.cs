using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Modules.Subscriptions.Domain.Products;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// The lifecycle of the spec (section 6) on the aggregate itself: every action from every state, with
/// the allowed ones changing the state and recording one history line, and the forbidden ones
/// refused with a stable code and changing nothing.
/// </summary>
public sealed class SubscriptionStateMachineTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly BillingAddress Rome = BillingAddress.Create("it", null, "Roma", "Via del Corso 1", "00186");

    public static TheoryData<string, string, string?> Table()
    {
        var data = new TheoryData<string, string, string?>();
        void Add(string state, string action, string? outcome) => data.Add(state, action, outcome);

        // outcome: the status after it ("cancelled", "active"), "=" for allowed without a status change, or the refusal's code.
        Add("pending", "schedule_cancellation", "SUBSCRIPTION_NOT_ACTIVE");
        Add("pending", "cancel_now", "cancelled");
        Add("pending", "renew", "SUBSCRIPTION_NOT_ACTIVE");
        Add("pending", "collect_dues", "SUBSCRIPTION_NOT_ON_HOLD");
        Add("pending", "change_billing", "=");
        Add("active", "schedule_cancellation", "=");
        Add("active", "cancel_now", "cancelled");
        Add("active", "renew", "=");
        Add("active", "collect_dues", "SUBSCRIPTION_NOT_ON_HOLD");
        Add("active", "change_billing", "=");
        Add("on_hold", "schedule_cancellation", "SUBSCRIPTION_NOT_ACTIVE");
        Add("on_hold", "cancel_now", "cancelled");
        Add("on_hold", "renew", "SUBSCRIPTION_ON_HOLD");
        Add("on_hold", "collect_dues", "active");
        Add("on_hold", "change_billing", "=");
        foreach (var (state, code) in new[] { ("cancelled", "SUBSCRIPTION_CANCELLED"), ("expired", "SUBSCRIPTION_EXPIRED"), ("failed", "SUBSCRIPTION_FAILED") })
        {
            foreach (var action in new[] { "schedule_cancellation", "undo_cancellation", "cancel_now", "renew", "collect_dues", "change_billing", "change_payment_method", "time_travel" })
            {
                Add(state, action, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Every_action_from_every_state_is_allowed_or_refused_as_the_lifecycle_says(string state, string action, string? outcome)
    {
        var (subscription, now) = In(state);
        var before = (subscription.Status, subscription.UpdatedAt, subscription.Transitions.Count, subscription.CancelAtNextBillingDate, subscription.Billing);

        var error = Record.Exception(() => Act(subscription, action, now));

        if (outcome is "=" or "cancelled" or "active")
        {
            Assert.Null(error);
            Assert.Equal(outcome switch { "=" => before.Status, "active" => SubscriptionStatus.Active, _ => SubscriptionStatus.Cancelled }, subscription.Status);
            Assert.Equal(before.Count + 1, subscription.Transitions.Count);
        }
        else
        {
            Assert.Equal(outcome, Assert.IsType<DomainException>(error).Error.Code);
            Assert.Equal(before, (subscription.Status, subscription.UpdatedAt, subscription.Transitions.Count, subscription.CancelAtNextBillingDate, subscription.Billing));
        }
    }

    [Fact]
    public void Cancelling_twice_is_refused_and_the_first_cancellation_stands()
    {
        var (subscription, now) = In("active");
        subscription.CancelNow(SubscriptionActor.Customer, "customer_request", now);

        var error = Assert.Throws<DomainException>(() => subscription.CancelNow(SubscriptionActor.Merchant, "merchant_request", now.AddHours(1)));

        Assert.Equal("SUBSCRIPTION_CANCELLED", error.Error.Code);
        Assert.Equal((now, "customer_request"), (subscription.CancelledAt!.Value, subscription.CancellationReason));
    }

    [Fact]
    public void Scheduling_and_undoing_a_cancellation_twice_changes_it_once()
    {
        var (subscription, now) = In("active");

        Assert.True(subscription.ScheduleCancellation(SubscriptionActor.Customer, now));
        Assert.False(subscription.ScheduleCancellation(SubscriptionActor.Customer, now));
        Assert.True(subscription.UndoScheduledCancellation(SubscriptionActor.Customer, now));
        Assert.False(subscription.UndoScheduledCancellation(SubscriptionActor.Customer, now));

        Assert.Equal(
            [SubscriptionChange.Created, SubscriptionChange.Activated, SubscriptionChange.CancellationScheduled, SubscriptionChange.CancellationUndone],
            subscription.Transitions.Select(t => t.Change));
    }

    [Fact]
    public void An_outcome_for_a_period_already_settled_changes_nothing()
    {
        var (subscription, now) = In("active");
        var key = subscription.RenewalKey;
        Assert.True(subscription.ApplyRenewal(key, true, "pay_first", null, DuesSchedule.Default, now));

        Assert.False(subscription.ApplyRenewal(key, false, "pay_late", "card_declined", DuesSchedule.Default, now));
        Assert.False(subscription.ApplyFirstPayment(false, "pay_late", "card_declined", now));

        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal("pay_first", subscription.LatestPaymentId);
    }

    [Fact]
    public void After_time_travel_the_next_period_is_one_whole_interval_from_the_renewal()
    {
        var (subscription, _) = In("active");
        var now = Start.AddDays(3);

        subscription.TravelToNextEvent(SubscriptionActor.Merchant, now);
        subscription.EnsureRenewable(now);
        subscription.ApplyRenewal(subscription.RenewalKey, true, "pay_2", null, DuesSchedule.Default, now);

        Assert.Equal((now, now.AddMonths(1)), (subscription.CurrentPeriodStart, subscription.NextBillingDate));
    }

    [Fact]
    public void Live_subscriptions_never_travel_in_time()
    {
        var product = Product.Create(new BusinessId("bus_test0000001"), Mode.Live, Monthly(), Start);
        var subscription = Subscription.Start(new BusinessId("bus_test0000001"), Mode.Live, new CustomerId("cus_test0000001"), product, 1, null, Rome, SubscriptionActor.Merchant, Start);
        subscription.ApplyFirstPayment(true, "pay_1", null, Start);

        Assert.Equal("TEST_MODE_ONLY", Assert.Throws<DomainException>(() => subscription.TravelToNextEvent(SubscriptionActor.Merchant, Start)).Error.Code);
        Assert.Equal(Start.AddMonths(1), subscription.NextBillingDate);
    }

    private static void Act(Subscription s, string action, DateTimeOffset now)
    {
        switch (action)
        {
            case "schedule_cancellation": s.ScheduleCancellation(SubscriptionActor.Customer, now); break;
            case "undo_cancellation": s.UndoScheduledCancellation(SubscriptionActor.Customer, now); break;
            case "cancel_now": s.CancelNow(SubscriptionActor.Customer, "customer_request", now); break;
            case "renew":
                s.EnsureRenewable(now);
                s.ApplyRenewal(s.RenewalKey, true, "pay_renewal", null, DuesSchedule.Default, now);
                break;
            case "collect_dues":
                s.EnsureDuesOwed();
                s.ApplyDuesPayment(s.DuesKey, true, "pay_dues", null, false, DuesSchedule.Default, SubscriptionActor.Customer, now);
                break;
            case "change_billing": s.ChangeBilling(BillingAddress.Create("FR", null, "Paris", "1 Rue de Rivoli", "75001"), SubscriptionActor.Customer, now); break;
            case "change_payment_method": s.ChangePaymentMethod("pm_other000000001", SubscriptionActor.Customer, now); break;
            case "time_travel": s.TravelToNextEvent(SubscriptionActor.Merchant, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>A subscription brought into a state the way it gets there, and a moment when its period is over.</summary>
    private static (Subscription Subscription, DateTimeOffset Now) In(string state)
    {
        var product = Product.Create(new BusinessId("bus_test0000001"), Mode.Test, Monthly(termPeriods: state == "expired" ? 1 : null), Start);
        var s = Subscription.Start(new BusinessId("bus_test0000001"), Mode.Test, new CustomerId("cus_test0000001"), product, 1, "pm_card0000000001", Rome, SubscriptionActor.Merchant, Start);
        var due = s.NextBillingDate.AddMinutes(1);
        switch (state)
        {
            case "pending":
                break;
            case "failed":
                s.ApplyFirstPayment(false, "pay_1", "card_declined", Start);
                break;
            default:
                s.ApplyFirstPayment(true, "pay_1", null, Start);
                break;
        }

        switch (state)
        {
            case "on_hold":
                s.ApplyRenewal(s.RenewalKey, false, "pay_2", "card_declined", DuesSchedule.Default, due);
                break;
            case "cancelled":
                s.CancelNow(SubscriptionActor.Customer, "customer_request", Start.AddDays(1));
                break;
            case "expired":
                Assert.True(s.CloseEndedPeriod(due));
                break;
        }

        return (s, due);
    }

    private static ProductDefinition Monthly(int? termPeriods = null) =>
        new("Pro plan", null, ProductKind.Subscription, 1_000, Currency.Of("EUR"), 2_200, BillingInterval.Monthly, termPeriods, null);
}
