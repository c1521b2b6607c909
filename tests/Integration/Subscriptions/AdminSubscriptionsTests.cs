using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// The merchant's subscriptions in the admin area: the list and its filter, one subscription with its
/// history, subscribing a customer from their page, cancelling, and test mode's time-travel rehearsal;
/// never another business's subscription, and never a live one moved in time.
/// </summary>
public sealed class AdminSubscriptionsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_list_shows_the_businesss_subscriptions_newest_first_and_filters_them_by_status()
    {
        var (business, ada) = await CustomerWithCardAsync(Factory);
        var (_, grace) = await CustomerWithCardAsync(Factory, BillingArrangement.ChargesFail, "grace@example.com", business);
        await Database.ExecuteAsync(Factory, $"UPDATE identity.customers SET name = 'Grace Hopper' WHERE id = '{grace.Value}'");
        var pro = await PlanAsync(Factory, business);
        var team = await PlanAsync(Factory, business, price: 5_000, unit: "year", name: "Team plan");
        await SubscribeAsync(Factory, business, ada, pro);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await SubscribeAsync(Factory, business, grace, team);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (all, allHtml) = await admin.GetAsync("/admin/subscriptions?mode=test");
        var (_, failedHtml) = await admin.GetAsync("/admin/subscriptions?mode=test&status=failed");
        var (_, onHoldHtml) = await admin.GetAsync("/admin/subscriptions?mode=test&status=on_hold");
        var (bogus, _) = await admin.GetAsync("/admin/subscriptions?mode=test&status=paused");
        var (_, liveHtml) = await admin.GetAsync("/admin/subscriptions?mode=live");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(["Team plan", "Pro plan"], AdminHtml.RowNames(allHtml));
        Assert.Contains($"href=\"/admin/customers/{grace.Value}?mode=test\">Grace Hopper</a>", allHtml, StringComparison.Ordinal);
        Assert.Contains("€10.00 per month", allHtml, StringComparison.Ordinal);
        Assert.Contains("€50.00 per year", allHtml, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge danger\">Failed</span>", allHtml, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Active</span>", allHtml, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Subscriptions</a>", allHtml, StringComparison.Ordinal);
        Assert.Equal(["Team plan"], AdminHtml.RowNames(failedHtml));
        Assert.Empty(AdminHtml.RowNames(onHoldHtml));
        Assert.Contains("No subscription has the status \"On hold\".", WebUtility.HtmlDecode(onHoldHtml), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bogus.StatusCode);
        Assert.Empty(AdminHtml.RowNames(liveHtml));
        Assert.Contains("No subscriptions in this mode yet.", liveHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_25_at_a_time()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business);
        for (var i = 0; i < 26; i++)
        {
            await SubscribeAsync(Factory, business, customer, plan);
        }

        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, first) = await admin.GetAsync("/admin/subscriptions?mode=test");
        var (_, second) = await admin.GetAsync("/admin/subscriptions?mode=test&page=2");
        var (_, beyond) = await admin.GetAsync("/admin/subscriptions?mode=test&page=3");

        Assert.Equal(25, AdminHtml.RowNames(first).Count);
        Assert.Contains("href=\"/admin/subscriptions?mode=test&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Single(AdminHtml.RowNames(second));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("There is nothing on this page.", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_details_show_the_subscription_its_customer_card_address_and_history_in_english_and_italian()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business, price: 1_250);
        var subscription = await SubscribeAsync(Factory, business, customer, plan, quantity: 2);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var italian = await AdminArea.SignInAsync(Factory, business, "socio@acme.example", "it");

        var (response, html) = await admin.GetAsync($"/admin/subscriptions/{subscription.Id}?mode=test");
        var (_, italianHtml) = await italian.GetAsync($"/admin/subscriptions/{subscription.Id}?mode=test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Pro plan</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/customers/{customer.Value}?mode=test\">Ada Lovelace</a>", html, StringComparison.Ordinal);
        Assert.Contains("€25.00 per month", html, StringComparison.Ordinal);
        Assert.Contains("before tax (22% tax)", html, StringComparison.Ordinal);
        Assert.Contains("Visa •••• 4242", html, StringComparison.Ordinal);
        Assert.Contains(subscription.PaymentMethodId!, html, StringComparison.Ordinal);
        Assert.Contains("Via del Corso 1", html, StringComparison.Ordinal);
        Assert.Contains("00186 Roma", html, StringComparison.Ordinal);
        Assert.Contains("Italy", html, StringComparison.Ordinal);
        Assert.Contains("First payment received: active", html, StringComparison.Ordinal);
        Assert.Contains(subscription.LatestPaymentId!, html, StringComparison.Ordinal);
        Assert.Contains("Advance to the next billing date and renew now", html, StringComparison.Ordinal);
        Assert.Contains("Abbonamento di Ada Lovelace", italianHtml, StringComparison.Ordinal);
        Assert.Contains("Primo pagamento ricevuto: attivo", italianHtml, StringComparison.Ordinal);
        Assert.Contains("Italia", italianHtml, StringComparison.Ordinal);
        Assert.Contains("Viaggio nel tempo", italianHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merchant_subscribes_a_customer_from_their_page_and_it_is_active_and_invoiced()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var customerPage = $"/admin/customers/{customer.Value}?mode=test";

        var (_, before) = await admin.GetAsync(customerPage);
        var created = await SubscribeThroughFormAsync(admin, customerPage, await SubscribeFieldsAsync(business, customer, plan));
        var (_, subscriptionPage) = await admin.GetAsync(AdminArea.LocationOf(created));
        var (_, after) = await admin.GetAsync(customerPage);
        await Factory.DrainAsync();

        Assert.Contains("No subscriptions yet.", before, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{plan.Id}\"", before, StringComparison.Ordinal);
        Assert.Matches(@">\s*Visa •••• 4242, expires \d\d/\d{4} · default\s*</option>", before);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches(@"^/admin/subscriptions/sub_[A-Za-z0-9]+\?mode=test$", AdminArea.LocationOf(created));
        Assert.Contains("The subscription is created and its first period is paid.", subscriptionPage, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Active</span>", subscriptionPage, StringComparison.Ordinal);
        Assert.Equal(["Pro plan"], AdminHtml.RowNames(after));
        Assert.Equal("active", await Database.ScalarAsync<string>(Factory, "SELECT lower(status) FROM subscriptions.subscriptions"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal("IT", await Database.ScalarAsync<string>(Factory, "SELECT billing_country FROM subscriptions.subscriptions"));
    }

    [Fact]
    public async Task A_declined_card_gives_a_failed_subscription_and_its_page_says_why()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory, BillingArrangement.ChargesFail);
        var plan = await PlanAsync(Factory, business);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var customerPage = $"/admin/customers/{customer.Value}?mode=test";

        var created = await SubscribeThroughFormAsync(admin, customerPage, await SubscribeFieldsAsync(business, customer, plan));
        var (_, html) = await admin.GetAsync(AdminArea.LocationOf(created));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("its first payment was declined: it failed.", html, StringComparison.Ordinal);
        Assert.Contains("The first payment was declined (the card was declined)", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge danger\">Failed</span>", html, StringComparison.Ordinal);
        Assert.Contains("First payment failed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancel now…", html, StringComparison.Ordinal);
        Assert.Contains("Nothing to rehearse", html, StringComparison.Ordinal);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task Wrong_input_is_refused_beside_each_field_and_creates_nothing()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var plan = await PlanAsync(Factory, business);
        var (otherBusiness, stranger) = await CustomerWithCardAsync(Factory, email: "stranger@example.com");
        var foreignPlan = await PlanAsync(Factory, otherBusiness);
        var foreignCard = (await Factory.SendAsync(s => s.QueryAsync(new ListPaymentMethodsQuery(otherBusiness, Mode.Test, stranger))))[0].PaymentMethodId;
        var admin = await AdminArea.SignInAsync(Factory, business);
        var customerPage = $"/admin/customers/{customer.Value}?mode=test";
        var valid = await SubscribeFieldsAsync(business, customer, plan);

        var foreign = await SubscribeThroughFormAsync(
            admin, customerPage, new(valid) { ["NewSubscription.ProductId"] = foreignPlan.Id, ["NewSubscription.Quantity"] = "two", ["NewSubscription.PaymentMethodId"] = foreignCard });
        var noCountry = await SubscribeThroughFormAsync(admin, customerPage, new(valid) { ["NewSubscription.Country"] = "" });
        var tooMany = await SubscribeThroughFormAsync(admin, customerPage, new(valid) { ["NewSubscription.Quantity"] = "10001" });
        var longZip = await SubscribeThroughFormAsync(admin, customerPage, new(valid) { ["NewSubscription.Zipcode"] = new string('9', 21) });
        var foreignHtml = await foreign.Content.ReadAsStringAsync();
        var noCountryHtml = await noCountry.Content.ReadAsStringAsync();

        Assert.All(new[] { foreign, noCountry, tooMany, longZip }, r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        Assert.Contains("Nothing was created. Please correct:", foreignHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"new-subscription-productid-error\"", foreignHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"new-subscription-quantity-error\"", foreignHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"new-subscription-paymentmethodid-error\"", foreignHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"two\"", foreignHtml, StringComparison.Ordinal);
        Assert.Contains("Choose the country of the billing address.", noCountryHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"new-subscription-country-error\"", noCountryHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Via del Corso 1\"", noCountryHtml, StringComparison.Ordinal);
        Assert.Contains("Type a whole number from 1 to 10,000.", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"new-subscription-zipcode-error\"", await longZip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscriptions"));
        Assert.Equal(0, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task The_merchant_cancels_now_after_confirming_and_a_second_cancel_changes_nothing()
    {
        var (business, admin, subscription) = await ActiveSubscriptionAsync();
        var page = $"/admin/subscriptions/{subscription.Id}?mode=test";

        var (_, confirmation) = await admin.GetAsync(page + "&confirm=cancel_now");
        var cancelled = await PostAsync(admin, page, "Cancel", ("atPeriodEnd", "false"));
        var (_, after) = await admin.GetAsync(AdminArea.LocationOf(cancelled));
        var again = await PostAsync(admin, page, "Cancel", ("atPeriodEnd", "false"));

        Assert.Contains("Cancel this subscription now?", confirmation, StringComparison.Ordinal);
        Assert.Contains("Yes, cancel now", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("The subscription is cancelled.", after, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge neutral\">Cancelled</span>", after, StringComparison.Ordinal);
        Assert.Contains("asked by the merchant", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Advance to the next billing date", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Nothing changed: this subscription is already cancelled.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.Cancelled, stored.Status);
        Assert.Equal("merchant_request", stored.CancellationReason);
        Assert.Single(await HistoryAsync(Factory, business, subscription.Id), h => h.Change == SubscriptionChange.Cancelled);
    }

    [Fact]
    public async Task The_merchant_schedules_a_cancellation_at_the_end_of_the_period_and_undoes_it()
    {
        var (business, admin, subscription) = await ActiveSubscriptionAsync();
        var page = $"/admin/subscriptions/{subscription.Id}?mode=test";

        var (_, confirmation) = await admin.GetAsync(page + "&confirm=cancel_at_period_end");
        var scheduled = await PostAsync(admin, page, "Cancel", ("atPeriodEnd", "true"));
        var (_, afterScheduling) = await admin.GetAsync(AdminArea.LocationOf(scheduled));
        var whileScheduled = await GetAsync(Factory, business, subscription.Id);
        var undone = await PostAsync(admin, page, "Undo");
        var (_, afterUndo) = await admin.GetAsync(AdminArea.LocationOf(undone));

        Assert.Contains("Cancel at the end of the period?", confirmation, StringComparison.Ordinal);
        Assert.Contains("The subscription will end on", afterScheduling, StringComparison.Ordinal);
        Assert.Contains("Undo the cancellation", afterScheduling, StringComparison.Ordinal);
        Assert.Contains("advancing ends it instead of renewing", afterScheduling, StringComparison.Ordinal);
        Assert.Equal((SubscriptionStatus.Active, true), (whileScheduled.Status, whileScheduled.CancelAtNextBillingDate));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Contains("The cancellation is undone", afterUndo, StringComparison.Ordinal);
        Assert.DoesNotContain("Undo the cancellation", afterUndo, StringComparison.Ordinal);
        var stored = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal((SubscriptionStatus.Active, false), (stored.Status, stored.CancelAtNextBillingDate));
        Assert.Equal(
            [SubscriptionChange.CancellationUndone, SubscriptionChange.CancellationScheduled, SubscriptionChange.Activated, SubscriptionChange.Created],
            (await HistoryAsync(Factory, business, subscription.Id)).Select(h => h.Change));
    }

    [Fact]
    public async Task Time_travel_renews_the_subscription_now_with_a_second_payment_and_invoice()
    {
        var (business, admin, subscription) = await ActiveSubscriptionAsync();
        var page = $"/admin/subscriptions/{subscription.Id}?mode=test";
        var now = Factory.Time.GetUtcNow();

        var advanced = await PostAsync(admin, page, "Advance", ("simulateDecline", "false"));
        var (_, html) = await admin.GetAsync(AdminArea.LocationOf(advanced));
        await Factory.DrainAsync();

        Assert.Equal(HttpStatusCode.Redirect, advanced.StatusCode);
        Assert.Contains("Rehearsal: the renewal was paid and a new period started.", html, StringComparison.Ordinal);
        Assert.Contains("Test clock moved forward", html, StringComparison.Ordinal);
        var renewed = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal(SubscriptionStatus.Active, renewed.Status);
        Assert.Equal(now.ToStoredPrecision(), renewed.CurrentPeriodStart.ToStoredPrecision());
        Assert.InRange(renewed.NextBillingDate, now.AddDays(27), now.AddDays(32));
        Assert.Equal([SubscriptionChange.Renewed, SubscriptionChange.TimeTravelled], (await HistoryAsync(Factory, business, subscription.Id)).Take(2).Select(h => h.Change));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE subscription_id = '{subscription.Id}' AND lower(status) = 'succeeded'"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task A_simulated_decline_puts_it_on_hold_and_retrying_the_dues_now_makes_it_active_again()
    {
        var (business, admin, subscription) = await ActiveSubscriptionAsync();
        var page = $"/admin/subscriptions/{subscription.Id}?mode=test";

        var declined = await PostAsync(admin, page, "Advance", ("simulateDecline", "true"));
        var (_, onHold) = await admin.GetAsync(AdminArea.LocationOf(declined));
        var declinedAgain = await PostAsync(admin, page, "Advance", ("simulateDecline", "true"));
        var (_, stillOnHold) = await admin.GetAsync(AdminArea.LocationOf(declinedAgain));
        var gatewayChargesWhileDeclined = await BillingArrangement.GatewayChargesAsync(Factory);
        var retried = await PostAsync(admin, page, "Advance", ("simulateDecline", "false"));
        var (_, reactivated) = await admin.GetAsync(AdminArea.LocationOf(retried));

        Assert.Contains("Rehearsal: the renewal payment was declined, so the subscription is on hold and owes €12.20.", onHold, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge warning\">On hold</span>", onHold, StringComparison.Ordinal);
        Assert.Contains("Retry the dues now", onHold, StringComparison.Ordinal);
        Assert.Contains("a declined payment simulated in test mode", onHold, StringComparison.Ordinal);
        Assert.Contains("Rehearsal: the retry was declined; the subscription is still on hold", stillOnHold, StringComparison.Ordinal);
        Assert.Equal(1, gatewayChargesWhileDeclined);
        Assert.Contains("Rehearsal: the dues were paid and the subscription is active again.", reactivated, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Active</span>", reactivated, StringComparison.Ordinal);
        var stored = await GetAsync(Factory, business, subscription.Id);
        Assert.Equal((SubscriptionStatus.Active, 0L), (stored.Status, stored.DuesAmount));
        Assert.Equal(
            [SubscriptionChange.Reactivated, SubscriptionChange.TimeTravelled, SubscriptionChange.DuesAttemptFailed, SubscriptionChange.TimeTravelled, SubscriptionChange.PutOnHold, SubscriptionChange.TimeTravelled],
            (await HistoryAsync(Factory, business, subscription.Id)).Take(6).Select(h => h.Change));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE subscription_id = '{subscription.Id}' AND lower(status) = 'succeeded'"));
    }

    [Fact]
    public async Task Live_mode_has_no_time_travel_and_a_forged_time_travel_changes_nothing()
    {
        var (business, admin, subscription) = await ActiveSubscriptionAsync();
        // Live charges go through Stripe, which this host has no keys for: the test subscription is moved to live.
        await Database.ExecuteAsync(Factory, $"UPDATE subscriptions.subscriptions SET mode = 'Live' WHERE id = '{subscription.Id}'");
        var page = $"/admin/subscriptions/{subscription.Id}?mode=live";
        var before = await SnapshotAsync(subscription.Id);

        var (shown, html) = await admin.GetAsync(page);
        var renew = await PostAsync(admin, page, "Advance", ("simulateDecline", "false"));
        var decline = await PostAsync(admin, page, "Advance", ("simulateDecline", "true"));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.DoesNotContain("Time travel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Advance", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renew.StatusCode);
        Assert.Contains("Nothing changed: time travel works on test-mode subscriptions only.", await renew.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, decline.StatusCode);
        Assert.Equal(before, await SnapshotAsync(subscription.Id));
    }

    [Fact]
    public async Task Another_businesss_subscription_is_a_404_and_its_merchant_never_sees_ours()
    {
        var (business, admin, subscription) = await ActiveSubscriptionAsync();
        var (other, otherCustomer) = await CustomerWithCardAsync(Factory, email: "buyer@globex.example");
        var otherSubscription = await SubscribeAsync(Factory, other, otherCustomer, await PlanAsync(Factory, other, name: "Globex plan"));
        var stranger = await AdminArea.SignInAsync(Factory, other, "owner@globex.example");
        var before = await SnapshotAsync(subscription.Id);

        var (details, _) = await stranger.GetAsync($"/admin/subscriptions/{subscription.Id}?mode=test");
        var (inLive, _) = await admin.GetAsync($"/admin/subscriptions/{subscription.Id}?mode=live");
        var (malformed, _) = await admin.GetAsync("/admin/subscriptions/not-a-subscription?mode=test");
        var cancel = await stranger.SubmitFormAsync(
            $"/admin/subscriptions/{otherSubscription.Id}?mode=test", new Dictionary<string, string> { ["atPeriodEnd"] = "false" }, $"/admin/subscriptions/{subscription.Id}?mode=test&handler=Cancel");
        var advance = await stranger.SubmitFormAsync(
            $"/admin/subscriptions/{otherSubscription.Id}?mode=test", new Dictionary<string, string> { ["simulateDecline"] = "true" }, $"/admin/subscriptions/{subscription.Id}?mode=test&handler=Advance");
        var (_, ourList) = await admin.GetAsync("/admin/subscriptions?mode=test");
        var (_, theirList) = await stranger.GetAsync("/admin/subscriptions?mode=test");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inLive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, advance.StatusCode);
        Assert.Equal(["Pro plan"], AdminHtml.RowNames(ourList));
        Assert.Equal(["Globex plan"], AdminHtml.RowNames(theirList));
        Assert.DoesNotContain(subscription.Id, theirList, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(subscription.Id));
    }

    private async Task<(BusinessId Business, PortalPages Admin, SubscriptionDto Subscription)> ActiveSubscriptionAsync()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        return (business, await AdminArea.SignInAsync(Factory, business), subscription);
    }

    /// <summary>Everything a time travel or a cancel would touch: the row, its history and its payments.</summary>
    private async Task<string> SnapshotAsync(string subscriptionId) =>
        await Database.ScalarAsync<string>(
            Factory,
            $"SELECT concat_ws('|', status, current_period_start, current_period_end, cancel_at_next_billing_date, dues_amount, " +
            $"(SELECT count(*) FROM subscriptions.subscription_transitions t WHERE t.subscription_id = s.id), " +
            $"(SELECT count(*) FROM billing.payments p WHERE p.subscription_id = s.id)) FROM subscriptions.subscriptions s WHERE id = '{subscriptionId}'");

    private async Task<Dictionary<string, string>> SubscribeFieldsAsync(BusinessId business, CustomerId customer, ProductDto plan)
    {
        var card = (await Factory.SendAsync(s => s.QueryAsync(new ListPaymentMethodsQuery(business, Mode.Test, customer))))[0];
        return new Dictionary<string, string>
        {
            ["NewSubscription.ProductId"] = plan.Id,
            ["NewSubscription.Quantity"] = "1",
            ["NewSubscription.PaymentMethodId"] = card.PaymentMethodId,
            ["NewSubscription.Street"] = "Via del Corso 1",
            ["NewSubscription.Zipcode"] = "00186",
            ["NewSubscription.City"] = "Roma",
            ["NewSubscription.State"] = "RM",
            ["NewSubscription.Country"] = "IT",
        };
    }

    private static Task<HttpResponseMessage> SubscribeThroughFormAsync(PortalPages admin, string customerPage, Dictionary<string, string> fields) =>
        admin.SubmitFormAsync(customerPage, fields, customerPage + "&handler=Subscribe");

    private static Task<HttpResponseMessage> PostAsync(PortalPages admin, string page, string handler, params (string Name, string Value)[] fields) =>
        admin.SubmitFormAsync(page, fields.ToDictionary(f => f.Name, f => f.Value), $"{page}&handler={handler}");
}
