using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;
using Portal.Modules.Billing.Infrastructure.Persistence;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Modules.Subscriptions.Infrastructure.Persistence;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>Creation, the renewal job and the dues collection job on a fake clock, against the sandbox gateway.</summary>
public sealed class SubscriptionJobsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_new_subscription_charges_and_invoices_its_first_period_and_is_active()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business, price: 1_000);
        var start = Factory.Time.GetUtcNow();

        var subscription = await SubscribeAsync(Factory, business, customer, plan, quantity: 2);
        await Factory.DrainAsync();

        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal(2_000, subscription.RecurringAmount);
        Assert.Equal(start.ToStoredPrecision().AddMonths(1), subscription.NextBillingDate.ToStoredPrecision());
        Assert.Equal(2_440, await Database.ScalarAsync<long>(Factory, $"SELECT total FROM billing.payments WHERE subscription_id = '{subscription.Id}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal([SubscriptionChange.Activated, SubscriptionChange.Created], (await HistoryAsync(Factory, business, subscription.Id)).Select(h => h.Change));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.outbox_messages WHERE event_type = 'subscriptions.subscription_changed'"));
    }

    [Fact]
    public async Task Subscription_invoices_print_the_billing_address_of_the_day_they_were_issued()
    {
        var (api, business) = await ApiClientAsync();
        var (_, customer) = await CustomerWithCardAsync(Factory, business: business);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new UpdateSubscriptionCommand(
            business, Mode.Test, subscription.Id, null, SubscriptionActor.Merchant, Billing: new("FR", null, "Paris", "1 Rue de Rivoli", "75001"))));
        Factory.Time.Advance(TimeSpan.FromDays(31));
        await RenewAsync(Factory);

        var payments = await Database.ScalarAsync<string>(Factory, $"SELECT string_agg(id, ',' ORDER BY created_at) FROM billing.payments WHERE subscription_id = '{subscription.Id}'");
        var first = await InvoicePdfTests.PdfTextAsync(await api.GetAsync($"/invoices/payments/{payments.Split(',')[0]}"));
        var renewal = await InvoicePdfTests.PdfTextAsync(await api.GetAsync($"/invoices/payments/{payments.Split(',')[1]}"));

        Assert.Contains("Via del Corso 1", first, StringComparison.Ordinal);
        Assert.Contains("00186 Roma RM", first, StringComparison.Ordinal);
        Assert.Contains("1 Rue de Rivoli", renewal, StringComparison.Ordinal);
        Assert.DoesNotContain("Via del Corso", renewal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_first_payment_leaves_a_failed_subscription_without_invoice()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory, BillingArrangement.ChargesFail);
        var plan = await PlanAsync(Factory, business);

        var subscription = await SubscribeAsync(Factory, business, customer, plan);

        Assert.Equal(SubscriptionStatus.Failed, subscription.Status);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(0, await RenewAsync(Factory));
    }

    [Fact]
    public async Task The_renewal_job_renews_due_subscriptions_once_per_period_with_a_new_invoice()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business);
        var subscription = await SubscribeAsync(Factory, business, customer, plan);

        Assert.Equal(0, await RenewAsync(Factory));
        Factory.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await RenewAsync(Factory));
        Assert.Equal(0, await RenewAsync(Factory));
        await Factory.DrainAsync();

        var renewed = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.Active, renewed.Status);
        Assert.Equal(subscription.NextBillingDate, renewed.CurrentPeriodStart);
        Assert.Equal(subscription.CurrentPeriodStart.AddMonths(2), renewed.NextBillingDate);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(SubscriptionChange.Renewed, (await HistoryAsync(Factory, business, subscription.Id))[0].Change);
    }

    [Fact]
    public async Task The_renewal_job_leaves_nothing_tracked_in_its_scope_however_many_it_renews()
    {
        // Each renewal's DbContexts (Billing's too, reached through the sender) live and die with it: tracked
        // payments, invoices and outbox rows piling up in the job's scope made every save scan all of them.
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business);
        for (var i = 0; i < 3; i++)
        {
            await SubscribeAsync(Factory, business, customer, plan);
        }

        Factory.Time.Advance(TimeSpan.FromDays(31));
        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<ISender>().SendAsync(new RenewDueSubscriptionsCommand()));

        Assert.Empty(scope.ServiceProvider.GetRequiredService<BillingDbContext>().ChangeTracker.Entries());
        Assert.Empty(scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>().ChangeTracker.Entries());
        Assert.Equal(6, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices")); // three first periods, three renewals
    }

    [Fact]
    public async Task A_declined_renewal_puts_the_subscription_on_hold_with_dues_and_it_never_renews_by_itself()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business, price: 1_500);
        var subscription = await SubscribeAsync(Factory, business, customer, plan);
        await DeclineEverythingFromNowOnAsync(business, customer);

        Factory.Time.Advance(TimeSpan.FromDays(31));
        await RenewAsync(Factory);
        Factory.Time.Advance(TimeSpan.FromDays(40));
        await RenewAsync(Factory);

        var onHold = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.OnHold, onHold.Status);
        Assert.Equal(1_500, onHold.DuesAmount);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
        var putOnHold = (await HistoryAsync(Factory, business, subscription.Id)).Single(h => h.Change == SubscriptionChange.PutOnHold);
        Assert.Equal((SubscriptionStatus.Active, SubscriptionStatus.OnHold, SubscriptionActor.System, "card_declined"), (putOnHold.FromStatus, putOnHold.ToStatus, putOnHold.Actor, putOnHold.Reason));
    }

    [Fact]
    public async Task Dues_are_retried_after_1_3_5_and_7_days_then_the_subscription_is_cancelled()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await DeclineEverythingFromNowOnAsync(business, customer);
        Factory.Time.Advance(TimeSpan.FromDays(31));
        await RenewAsync(Factory);
        var heldAt = Factory.Time.GetUtcNow();

        var charges = new List<long>();
        foreach (var day in new[] { 0.9, 1, 2, 3, 4, 5, 6, 7, 8 })
        {
            Factory.Time.SetUtcNow(heldAt.AddDays(day));
            await CollectDuesAsync(Factory);
            charges.Add(await BillingArrangement.GatewayChargesAsync(Factory));
        }

        // The renewal's charge, then one retry on each of days 1, 3, 5 and 7, and nothing after the last.
        Assert.Equal([2, 3, 3, 4, 4, 5, 5, 6, 6], charges);
        var cancelled = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.Cancelled, cancelled.Status);
        Assert.Equal("dues_unpaid", cancelled.CancellationReason);
        var history = await HistoryAsync(Factory, business, subscription.Id);
        Assert.Equal(4, history.Count(h => h.Change == SubscriptionChange.DuesAttemptFailed));
        Assert.Equal(SubscriptionChange.Cancelled, history[0].Change);
    }

    [Fact]
    public async Task Paid_dues_reactivate_the_subscription_with_a_new_period_from_the_payment()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(Factory, business, subscription.Id)).Status);

        Factory.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await CollectDuesAsync(Factory));

        var active = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.Active, active.Status);
        Assert.Equal(0, active.DuesAmount);
        Assert.Equal(Factory.Time.GetUtcNow().ToStoredPrecision(), active.CurrentPeriodStart.ToStoredPrecision());
        Assert.Equal(active.CurrentPeriodStart.AddMonths(1), active.NextBillingDate);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(SubscriptionChange.Reactivated, (await HistoryAsync(Factory, business, subscription.Id))[0].Change);
    }

    [Fact]
    public async Task A_scheduled_cancellation_or_a_served_term_ends_the_subscription_at_the_period_end_without_a_charge()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var cancelling = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var limited = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, termPeriods: 1, name: "Three months"));
        await Factory.SendAsync(s => s.SendAsync(new Portal.Modules.Subscriptions.Contracts.Subscriptions.CancelSubscriptionCommand(
            business, Mode.Test, cancelling.Id, null, Portal.Modules.Subscriptions.Contracts.Subscriptions.SubscriptionActor.Merchant, AtPeriodEnd: true)));

        Factory.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(2, await RenewAsync(Factory));

        Assert.Equal(SubscriptionStatus.Cancelled, (await GetAsync(Factory, business, cancelling.Id)).Status);
        Assert.Equal(cancelling.NextBillingDate, (await GetAsync(Factory, business, cancelling.Id)).CancelledAt);
        Assert.Equal(SubscriptionStatus.Expired, (await GetAsync(Factory, business, limited.Id)).Status);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task Two_job_servers_renewing_and_collecting_at_once_charge_invoice_and_transition_each_subscription_once()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var (_, decliner) = await CustomerWithCardAsync(Factory, email: "grace@example.com", business: business);
        var plan = await PlanAsync(Factory, business);
        for (var i = 0; i < 12; i++)
        {
            await SubscribeAsync(Factory, business, customer, plan);
            await SubscribeAsync(Factory, business, decliner, plan);
        }

        await DeclineEverythingFromNowOnAsync(business, decliner);
        await using var second = new PortalFactory(Factory.ConnectionString);
        Factory.Time.Advance(TimeSpan.FromDays(31));
        second.Time.SetUtcNow(Factory.Time.GetUtcNow());

        await Task.WhenAll(RenewAsync(Factory), RenewAsync(second), RenewAsync(Factory), RenewAsync(second));
        Factory.Time.Advance(TimeSpan.FromDays(1));
        second.Time.SetUtcNow(Factory.Time.GetUtcNow());
        await Task.WhenAll(CollectDuesAsync(Factory), CollectDuesAsync(second), CollectDuesAsync(Factory), CollectDuesAsync(second));

        // 24 first payments, 24 renewal attempts (12 declined), 12 first dues retries: nothing twice.
        Assert.Equal(60, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(36, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(12, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscription_transitions WHERE change = 'renewed'"));
        Assert.Equal(12, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscription_transitions WHERE change = 'put_on_hold'"));
        Assert.Equal(12, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscription_transitions WHERE change = 'dues_attempt_failed'"));
        Assert.Equal(12, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscriptions WHERE status = 'on_hold' AND scheduled_retries_made = 1"));
    }

    [Fact]
    public async Task A_first_payment_whose_answer_was_lost_stays_pending_until_reconciliation_settles_it_then_it_is_active()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);

        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        Assert.Equal(SubscriptionStatus.Pending, subscription.Status);

        Factory.Time.Advance(TimeSpan.FromMinutes(3));
        await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        await Factory.DrainAsync();

        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(Factory, business, subscription.Id)).Status);
        Assert.Equal(1, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task A_renewal_whose_answer_was_lost_is_replayed_by_the_next_run_with_the_same_key_and_charged_once()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);
        Factory.Time.Advance(TimeSpan.FromDays(31));

        Assert.Equal(0, await RenewAsync(Factory));
        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(Factory, business, subscription.Id)).Status);
        Assert.Equal(1, await RenewAsync(Factory));
        await Factory.DrainAsync();

        Assert.Equal(subscription.CurrentPeriodStart.AddMonths(2), (await GetAsync(Factory, business, subscription.Id)).NextBillingDate);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    /// <summary>The customer's only card now declines every charge (as a card that ran out of funds would).</summary>
    private async Task DeclineEverythingFromNowOnAsync(BusinessId business, CustomerId customer) =>
        await Database.ExecuteAsync(Factory, $"UPDATE billing.payment_methods SET gateway_reference = 'pm_card_chargeCustomerFail' WHERE customer_id = '{customer.Value}'");
}
