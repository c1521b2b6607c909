using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.PlanChangeArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// Plan changes through the commands: what is refused (and charges nothing), what is charged or credited,
/// credit spent by the next renewal before the card, a declined payment that leaves the plan, and an
/// upgrade, a downgrade and a cancellation racing on one subscription across two hosts.
/// </summary>
public sealed class PlanChangeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task An_upgrade_charges_the_difference_now_invoices_it_and_changes_the_plan()
    {
        var tiers = await TiersAsync(Factory);
        var chargesBefore = await BillingArrangement.GatewayChargesAsync(Factory);

        var result = await ChangeAsync(Factory, tiers, tiers.Pro);

        Assert.Equal(PlanChangeResultDto.Changed, result.Outcome);
        Assert.Equal((tiers.Pro.Id, 2_500L), (result.Subscription.ProductId, result.Subscription.RecurringAmount));
        Assert.Equal(chargesBefore + 1, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(1_830, await Database.ScalarAsync<long>(Factory, $"SELECT total FROM billing.payments WHERE id = '{result.PaymentId}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.invoices WHERE payment_id = '{result.PaymentId}'"));
        var last = (await SubscriptionArrangement.HistoryAsync(Factory, tiers.Business, tiers.SubscriptionId))[0];
        Assert.Equal((SubscriptionChange.PlanChanged, "difference_immediately", result.PaymentId), (last.Change, last.Reason, last.PaymentId));
        Assert.Equal(result.Subscription.CurrentPeriodEnd, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).CurrentPeriodEnd);
    }

    [Fact]
    public async Task Full_immediately_charges_the_new_price_and_starts_a_new_period_now()
    {
        var tiers = await TiersAsync(Factory);
        Factory.Time.Advance(TimeSpan.FromDays(10));

        var result = await ChangeAsync(Factory, tiers, tiers.Team, "full_immediately");

        Assert.Equal(6_100, await Database.ScalarAsync<long>(Factory, $"SELECT total FROM billing.payments WHERE id = '{result.PaymentId}'"));
        Assert.Equal(Factory.Time.GetUtcNow(), result.Subscription.CurrentPeriodStart, TimeSpan.FromMilliseconds(1));
        Assert.Equal(Factory.Time.GetUtcNow().AddMonths(1), result.Subscription.CurrentPeriodEnd, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_downgrade_credits_the_customer_and_the_next_renewals_spend_the_credit_before_the_card()
    {
        var tiers = await TiersAsync(Factory, startOn: "pro");
        var gatewayBefore = await BillingArrangement.GatewayChargesAsync(Factory);

        var result = await ChangeAsync(Factory, tiers, tiers.Basic);
        await Factory.DrainAsync();

        Assert.Equal(PlanChangeResultDto.Changed, result.Outcome);
        Assert.Null(result.PaymentId);
        Assert.Equal(1_830, await CreditAsync(Factory, tiers));
        Assert.Equal(gatewayBefore, await BillingArrangement.GatewayChargesAsync(Factory));

        // First renewal (Basic, 12.20 € with tax): credit pays it all, no gateway call, still an invoice.
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await SubscriptionArrangement.RenewAsync(Factory);
        var renewed = await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId);
        Assert.Equal(SubscriptionStatus.Active, renewed.Status);
        Assert.Equal(gatewayBefore, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.invoices WHERE payment_id = '{renewed.LatestPaymentId}'"));
        Assert.Equal(610, await CreditAsync(Factory, tiers));

        // Second renewal: the 6.10 € left pays half, the card the other half.
        var gatewayMoneyBefore = await GatewayAmountsAsync(Factory);
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await SubscriptionArrangement.RenewAsync(Factory);
        Assert.Equal(gatewayBefore + 1, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(gatewayMoneyBefore + 610, await GatewayAmountsAsync(Factory));
        Assert.Equal(0, await CreditAsync(Factory, tiers));
    }

    [Fact]
    public async Task Credit_redelivered_is_credited_once()
    {
        var tiers = await TiersAsync(Factory, startOn: "pro");
        await ChangeAsync(Factory, tiers, tiers.Basic);
        await Factory.DrainAsync();

        // Past the inbox, as after a crash between the credit and the inbox row: the ledger's key alone must hold.
        await Database.ExecuteAsync(Factory, "DELETE FROM billing.inbox_messages");
        await Database.ExecuteAsync(Factory, "UPDATE subscriptions.outbox_messages SET dispatched_on_utc = NULL WHERE event_type = 'subscriptions.subscription_plan_changed'");
        await Factory.DrainAsync();

        Assert.Equal(1_830, await CreditAsync(Factory, tiers));
    }

    [Fact]
    public async Task The_same_plan_changes_nothing_and_charges_nothing()
    {
        var tiers = await TiersAsync(Factory);
        var history = await SubscriptionArrangement.HistoryAsync(Factory, tiers.Business, tiers.SubscriptionId);
        var charges = await BillingArrangement.GatewayChargesAsync(Factory);

        var result = await ChangeAsync(Factory, tiers, tiers.Basic, "full_immediately");

        Assert.Equal(PlanChangeResultDto.Unchanged, result.Outcome);
        Assert.Equal(charges, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(history.Count, (await SubscriptionArrangement.HistoryAsync(Factory, tiers.Business, tiers.SubscriptionId)).Count);
    }

    [Fact]
    public async Task Refuses_other_collections_one_time_and_archived_products_and_a_business_without_updates_charging_nothing()
    {
        var tiers = await TiersAsync(Factory);
        var elsewhere = await SubscriptionArrangement.PlanAsync(Factory, tiers.Business, 9_000, name: "Enterprise");
        await ProductArrangement.CreateCollectionAsync(Factory, tiers.Business, "Other", [elsewhere.Id]);
        var loose = await SubscriptionArrangement.PlanAsync(Factory, tiers.Business, 7_000, name: "Loose");
        var oneTime = await ProductArrangement.CreateAsync(Factory, tiers.Business, ProductArrangement.OneTime());
        await ProductArrangement.ArchiveAsync(Factory, tiers.Business, tiers.Team.Id);
        var charges = await BillingArrangement.GatewayChargesAsync(Factory);

        await AssertRefusedAsync("PRODUCT_NOT_IN_COLLECTION", () => ChangeAsync(Factory, tiers, elsewhere));
        await AssertRefusedAsync("PRODUCT_NOT_IN_COLLECTION", () => ChangeAsync(Factory, tiers, loose));
        await AssertRefusedAsync("PRODUCT_NOT_RECURRING", () => ChangeAsync(Factory, tiers, oneTime));
        await AssertRefusedAsync("PRODUCT_ARCHIVED", () => ChangeAsync(Factory, tiers, tiers.Team));
        await AssertRefusedAsync("INVALID_QUANTITY", () => ChangeAsync(Factory, tiers, tiers.Pro, quantity: 0));
        await AssertRefusedAsync("INVALID_PRORATION_MODE", () => ChangeAsync(Factory, tiers, tiers.Pro, "prorated_next_billing_date"));
        await AllowAsync(Factory, tiers.Business, allow: false);
        await AssertRefusedAsync("SUBSCRIPTION_UPDATES_DISABLED", () => ChangeAsync(Factory, tiers, tiers.Pro));
        await AssertRefusedAsync("SUBSCRIPTION_UPDATES_DISABLED", () => Factory.SendAsync(s => s.QueryAsync(
            new PreviewPlanChangeQuery(tiers.Business, Mode.Test, tiers.SubscriptionId, null, tiers.Pro.Id, 1, null))));

        Assert.Empty(await Factory.SendAsync(s => s.QueryAsync(new ListPlanOptionsQuery(tiers.Business, Mode.Test, tiers.SubscriptionId, null))));
        Assert.Equal(charges, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
    }

    [Fact]
    public async Task Lists_the_other_plans_of_the_collection_marked_upgrade_or_downgrade()
    {
        var tiers = await TiersAsync(Factory, startOn: "pro");

        var options = await Factory.SendAsync(s => s.QueryAsync(new ListPlanOptionsQuery(tiers.Business, Mode.Test, tiers.SubscriptionId, tiers.Customer)));

        Assert.Equal([(tiers.Basic.Id, false), (tiers.Team.Id, true)], options.Select(o => (o.ProductId, o.IsUpgrade)).ToList());
    }

    [Fact]
    public async Task A_declined_payment_leaves_the_plan_and_a_new_attempt_with_a_good_card_changes_it()
    {
        var tiers = await TiersAsync(Factory);
        var failing = await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(
            tiers.Business, Mode.Test, tiers.Customer, BillingArrangement.ChargesFail, 12, Factory.Time.GetUtcNow().Year + 2, false)));
        var good = (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).PaymentMethodId!;
        await SwitchCardAsync(tiers, failing.PaymentMethodId);

        var declined = await ChangeAsync(Factory, tiers, tiers.Pro, customer: tiers.Customer);

        Assert.Equal((PlanChangeResultDto.Declined, "card_declined"), (declined.Outcome, declined.FailureCode));
        var unchanged = await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId);
        Assert.Equal((tiers.Basic.Id, 1_000L), (unchanged.ProductId, unchanged.RecurringAmount));
        Assert.Equal(SubscriptionChange.PlanChangeDeclined, (await SubscriptionArrangement.HistoryAsync(Factory, tiers.Business, tiers.SubscriptionId))[0].Change);

        await SwitchCardAsync(tiers, good);
        var changed = await ChangeAsync(Factory, tiers, tiers.Pro, customer: tiers.Customer);

        Assert.Equal(PlanChangeResultDto.Changed, changed.Outcome);
        Assert.NotEqual(declined.PaymentId, changed.PaymentId);
        Assert.Equal(1, await SucceededPaymentsAsync(Factory, $"subscription:{tiers.SubscriptionId}:plan:"));
    }

    [Fact]
    public async Task Another_customers_subscription_is_not_found()
    {
        var tiers = await TiersAsync(Factory);
        var (_, stranger) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "eve@example.com", business: tiers.Business);

        var error = await Assert.ThrowsAsync<DomainException>(() => ChangeAsync(Factory, tiers, tiers.Pro, customer: stranger));
        var previewError = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.QueryAsync(
            new PreviewPlanChangeQuery(tiers.Business, Mode.Test, tiers.SubscriptionId, stranger, tiers.Pro.Id, 1, null))));

        Assert.Equal((ErrorKind.NotFound, ErrorKind.NotFound), (error.Error.Kind, previewError.Error.Kind));
        Assert.Equal(tiers.Basic.Id, (await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId)).ProductId);
    }

    [Fact]
    public async Task Upgrades_downgrades_and_a_cancellation_racing_on_two_hosts_charge_once_per_accepted_change_and_end_consistent()
    {
        var tiers = await TiersAsync(Factory, startOn: "pro");
        await using var second = new PortalFactory(Factory.ConnectionString);
        // One clock for both hosts: the history is ordered by time, then by insertion, and the second host's
        // clock, made later, would otherwise put its changes after the first's whatever their real order.
        Factory.Time.SetUtcNow(second.Time.GetUtcNow());
        var gatewayBefore = await BillingArrangement.GatewayChargesAsync(Factory);

        Task<PlanChangeResultDto> Change(PortalFactory host, string to) => ChangeAsync(host, tiers, to == "team" ? tiers.Team : tiers.Basic);
        var changes = new[] { Change(Factory, "team"), Change(second, "basic"), Change(second, "team"), Change(Factory, "basic"), Change(Factory, "team"), Change(second, "basic") };
        var cancel = second.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(
            tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, AtPeriodEnd: false)));
        var all = Task.WhenAll([.. changes.Cast<Task>(), cancel]);
        await Record.ExceptionAsync(() => all);

        var accepted = changes.Where(t => t.IsCompletedSuccessfully && t.Result.Outcome == PlanChangeResultDto.Changed).Select(t => t.Result).ToList();
        foreach (var refused in changes.Where(t => t.IsFaulted))
        {
            Assert.Equal("SUBSCRIPTION_CANCELLED", Assert.IsType<DomainException>(refused.Exception!.InnerException).Error.Code);
        }

        Assert.True(cancel.IsCompletedSuccessfully);
        var history = await SubscriptionArrangement.HistoryAsync(Factory, tiers.Business, tiers.SubscriptionId);
        var planChanges = history.Where(h => h.Change == SubscriptionChange.PlanChanged).ToList();
        Assert.Equal(accepted.Count, planChanges.Count);
        var upgrades = accepted.Count(a => a.PaymentId is not null);
        Assert.Equal(upgrades, await SucceededPaymentsAsync(Factory, $"subscription:{tiers.SubscriptionId}:plan:"));
        Assert.Equal(gatewayBefore + upgrades, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(upgrades, accepted.Select(a => a.PaymentId).OfType<string>().Distinct().Count());

        var final = await SubscriptionArrangement.GetAsync(Factory, tiers.Business, tiers.SubscriptionId);
        Assert.Equal(SubscriptionStatus.Cancelled, final.Status);
        var expectedProduct = accepted.Count == 0 ? tiers.Pro.Id : history.First(h => h.Change == SubscriptionChange.PlanChanged).PaymentId is null ? tiers.Basic.Id : tiers.Team.Id;
        Assert.Equal(expectedProduct, final.ProductId);
    }

    private async Task SwitchCardAsync(Tiers tiers, string paymentMethodId) =>
        await Factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPaymentMethodCommand(
            tiers.Business, Mode.Test, tiers.SubscriptionId, null, SubscriptionActor.Merchant, paymentMethodId)));

    private static async Task AssertRefusedAsync<T>(string code, Func<Task<T>> act) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(act)).Error.Code);
}
