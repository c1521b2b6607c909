using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.ReactivationArrangement;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// Changing a subscription's payment method: an active one only changes it; an on-hold one pays its dues with
/// the new card first (once, whoever asks and however often), or stays on hold with its old card.
/// </summary>
public sealed class ReactivationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string, HttpStatusCode, string> MalformedBodies => new()
    {
        { "[]", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
        { "\"existing\"", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
        { "{", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
        { "{}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":null}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":7}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":\"card\"}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":\"existing\"}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":\"existing\",\"payment_method_id\":null}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":\"existing\",\"payment_method_id\":42}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":\"existing\",\"payment_method_id\":\"GOOD\",\"return_url\":\"https://shop.example\"}", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD" },
        { "{\"type\":\"new\",\"return_url\":\"http://shop.example/back\"}", HttpStatusCode.UnprocessableEntity, "INVALID_RETURN_URL" },
        { "{\"type\":\"new\",\"return_url\":\"javascript:alert(1)\"}", HttpStatusCode.UnprocessableEntity, "INVALID_RETURN_URL" },
        { "{\"type\":\"new\",\"return_url\":42}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"type\":\"new\",\"allowed_payment_method_types\":[\"credit\"]}", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD" },
        { "{\"type\":\"existing\",\"payment_method_id\":\"pm_doesnotexist000000000000\"}", HttpStatusCode.NotFound, "NOT_FOUND" },
    };

    [Fact]
    public async Task Changing_the_method_of_an_active_subscription_charges_nothing_and_renewals_use_the_new_card()
    {
        var held = await OnHoldAsync(Factory, putOnHold: false);

        var change = await ChangeAsync(held, held.GoodCard);
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await RenewAsync(Factory);

        Assert.Null(change.DuesPayment);
        Assert.Equal(SubscriptionStatus.Active, change.Subscription.Status);
        Assert.Equal(held.GoodCard, change.Subscription.PaymentMethodId);
        Assert.Equal(SubscriptionChange.PaymentMethodChanged, (await HistoryAsync(Factory, held.Business, held.Id))[1].Change);
        Assert.Equal("pm_card_mastercard", await Database.ScalarAsync<string>(Factory, "SELECT payment_method_token FROM billing.sandbox_charges ORDER BY created_at DESC LIMIT 1"));
    }

    [Fact]
    public async Task An_on_hold_subscription_paid_with_a_good_card_is_active_again_once_with_a_new_period_an_invoice_its_history_its_event_and_emails()
    {
        var held = await OnHoldAsync(Factory);
        var now = Factory.Time.GetUtcNow();
        await Factory.DrainAsync();
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        var change = await ChangeAsync(held, held.GoodCard);
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        Assert.Equal(new DuesPaymentDto("succeeded", change.DuesPayment!.PaymentId, null), change.DuesPayment);
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal(0, subscription.DuesAmount);
        Assert.Equal(held.GoodCard, subscription.PaymentMethodId);
        Assert.Equal(now.ToStoredPrecision(), subscription.CurrentPeriodStart.ToStoredPrecision());
        Assert.Equal(now.ToStoredPrecision().AddMonths(1), subscription.NextBillingDate.ToStoredPrecision());
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory)); // the first period, the dues
        Assert.Equal(1_220, await Database.ScalarAsync<long>(Factory, $"SELECT total FROM billing.payments WHERE id = '{change.DuesPayment.PaymentId}' AND status = 'Succeeded'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.invoices WHERE payment_id = '{change.DuesPayment.PaymentId}'"));
        var history = await HistoryAsync(Factory, held.Business, held.Id);
        Assert.Equal([SubscriptionChange.PaymentMethodChanged, SubscriptionChange.Reactivated, SubscriptionChange.PutOnHold], history.Take(3).Select(h => h.Change));
        Assert.All(history.Take(2), h => Assert.Equal(SubscriptionActor.Customer, h.Actor));
        Assert.Equal(change.DuesPayment.PaymentId, history[1].PaymentId);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.outbox_messages WHERE payload::text LIKE '%\"reactivated\"%'"));
        Assert.Equal(
            ["Payment received by Acme Software", "Your Pro plan subscription is active again"],
            (await Database.ScalarAsync<string>(Factory, "SELECT string_agg(subject, '|' ORDER BY subject) FROM host.dev_mailbox_messages")).Split('|'));
        Assert.Contains("€12.20", await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject LIKE 'Payment received%'"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_card_leaves_the_subscription_on_hold_with_its_old_card_no_invoice_and_says_why()
    {
        var held = await OnHoldAsync(Factory);
        await Factory.DrainAsync();
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        var change = await ChangeAsync(held, held.DecliningCard);
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        Assert.Equal("failed", change.DuesPayment!.Status);
        Assert.Equal("card_declined", change.DuesPayment.FailureCode);
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Equal(SubscriptionStatus.OnHold, subscription.Status);
        Assert.Equal(1_000, subscription.DuesAmount);
        Assert.Equal(held.Before.PaymentMethodId, subscription.PaymentMethodId);
        Assert.Equal(held.Before.NextDuesAttemptAt?.ToStoredPrecision(), subscription.NextDuesAttemptAt?.ToStoredPrecision());
        Assert.Equal(held.Before.CurrentPeriodEnd.ToStoredPrecision(), subscription.CurrentPeriodEnd.ToStoredPrecision());
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal((SubscriptionChange.DuesAttemptFailed, SubscriptionActor.Customer), ((await HistoryAsync(Factory, held.Business, held.Id))[0] is var line ? (line.Change, line.Actor) : default));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages")); // the page says it; no on-hold email again

        var retried = await ChangeAsync(held, held.GoodCard);
        Assert.Equal("succeeded", retried.DuesPayment!.Status);
        Assert.Equal(SubscriptionStatus.Active, retried.Subscription.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Ended_subscriptions_refuse_a_new_payment_method_and_charge_nothing(bool onHoldFirst)
    {
        var held = await OnHoldAsync(Factory, putOnHold: onHoldFirst);
        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(held.Business, Mode.Test, held.Id, null, SubscriptionActor.Merchant, AtPeriodEnd: false)));
        var charges = await BillingArrangement.GatewayChargesAsync(Factory);

        var error = await Assert.ThrowsAsync<DomainException>(() => ChangeAsync(held, held.GoodCard));
        var response = await held.Api.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json($"{{\"type\":\"existing\",\"payment_method_id\":\"{held.GoodCard}\"}}"));
        var link = await held.Api.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json("{\"type\":\"new\"}"));

        Assert.Equal("SUBSCRIPTION_CANCELLED", error.Error.Code);
        await CustomersApiTests.AssertErrorAsync(response, HttpStatusCode.Conflict, "SUBSCRIPTION_CANCELLED");
        await CustomersApiTests.AssertErrorAsync(link, HttpStatusCode.Conflict, "SUBSCRIPTION_CANCELLED");
        Assert.Equal(charges, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(SubscriptionStatus.Cancelled, (await GetAsync(Factory, held.Business, held.Id)).Status);
    }

    [Fact]
    public async Task The_api_pays_the_dues_with_an_existing_method_and_answers_the_payment_id()
    {
        var held = await OnHoldAsync(Factory);

        var response = await held.Api.PostAsync(
            $"/subscriptions/{held.Id}/update-payment-method", Json($"{{\"type\":\"existing\",\"payment_method_id\":\"{held.GoodCard}\"}}"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var json = JsonDocument.Parse(text).RootElement;
        var paymentId = json.GetProperty("payment_id").GetString();
        Assert.Equal(paymentId, await Database.ScalarAsync<string>(Factory, $"SELECT id FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%' AND status = 'Succeeded'"));
        Assert.Equal("active", json.GetProperty("status").GetString());
        Assert.Equal("succeeded", json.GetProperty("payment_status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("payment_link").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("client_secret").ValueKind);
        Assert.Equal(SubscriptionActor.Merchant, (await HistoryAsync(Factory, held.Business, held.Id))[0].Actor);

        var declined = await (await held.Api.PostAsync(
            $"/subscriptions/{(await OnHoldAsync(Factory, held.Business)).Id}/update-payment-method", Json($"{{\"type\":\"existing\",\"payment_method_id\":\"{held.DecliningCard}\"}}"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("on_hold", "failed", "card_declined"), (declined.GetProperty("status").GetString(), declined.GetProperty("payment_status").GetString(), declined.GetProperty("failure_code").GetString()));
    }

    [Fact]
    public async Task The_api_answers_a_new_method_with_a_one_time_link_that_signs_the_customer_in_on_the_payment_method_page()
    {
        var held = await OnHoldAsync(Factory);

        var response = await held.Api.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json("{\"type\":\"new\",\"return_url\":null,\"allowed_payment_method_types\":[]}"));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("payment_id").ValueKind);
        Assert.Equal("on_hold", json.GetProperty("status").GetString());
        var browser = new PortalPages(Factory);
        var signIn = await browser.SubmitFormAsync(PortalPages.PathOf(json.GetProperty("payment_link").GetString()!));
        Assert.Equal($"/test/portal/subscriptions/{held.Id}/payment-method", signIn.Headers.Location!.OriginalString);
        Assert.Equal(1, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task A_new_method_link_with_a_return_url_gives_the_customer_a_way_back_to_the_merchant()
    {
        var held = await OnHoldAsync(Factory);

        var response = await held.Api.PostAsync(
            $"/subscriptions/{held.Id}/update-payment-method", Json("{\"type\":\"new\",\"return_url\":\"https://shop.example/account\"}"));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var browser = new PortalPages(Factory);
        var signIn = await browser.SubmitFormAsync(PortalPages.PathOf(json.GetProperty("payment_link").GetString()!));
        var (_, html) = await browser.GetAsync(signIn.Headers.Location!.OriginalString);
        Assert.Contains("href=\"https://shop.example/account\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_api_bodies_are_refused_with_a_code_and_change_nothing(string body, HttpStatusCode status, string code)
    {
        var held = await OnHoldAsync(Factory);

        var response = await held.Api.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json(body.Replace("GOOD", held.GoodCard, StringComparison.Ordinal)));

        await CustomersApiTests.AssertErrorAsync(response, status, code);
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(Factory, held.Business, held.Id)).Status);
        Assert.Equal(1, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task Another_customers_or_businesss_subscription_or_card_is_not_found_and_nothing_is_charged()
    {
        var held = await OnHoldAsync(Factory);
        var neighbour = await OnHoldAsync(Factory, held.Business, "grace@example.com");
        var stranger = await OnHoldAsync(Factory);

        // API: another customer's card for this subscription; another business's subscription.
        await CustomersApiTests.AssertErrorAsync(
            await held.Api.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json($"{{\"type\":\"existing\",\"payment_method_id\":\"{neighbour.GoodCard}\"}}")),
            HttpStatusCode.NotFound,
            "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(
            await held.Api.PostAsync($"/subscriptions/{stranger.Id}/update-payment-method", Json($"{{\"type\":\"existing\",\"payment_method_id\":\"{stranger.GoodCard}\"}}")),
            HttpStatusCode.NotFound,
            "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(
            await held.Api.PostAsync($"/subscriptions/{stranger.Id}/update-payment-method", Json("{\"type\":\"new\"}")), HttpStatusCode.NotFound, "NOT_FOUND");

        // Portal: the neighbour's subscription, and the neighbour's card posted for one's own subscription.
        var browser = await SignInAsync(Factory, held);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/test/portal/subscriptions/{neighbour.Id}/payment-method")).Response.StatusCode);
        var page = $"/test/portal/subscriptions/{held.Id}/payment-method";
        var foreignCard = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = neighbour.GoodCard });
        var foreignSubscription = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = neighbour.GoodCard }, $"/test/portal/subscriptions/{neighbour.Id}/payment-method");

        Assert.Equal(HttpStatusCode.NotFound, foreignCard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignSubscription.StatusCode);
        Assert.Equal(3, await BillingArrangement.GatewayChargesAsync(Factory)); // three first payments
        Assert.Equal([SubscriptionStatus.OnHold, SubscriptionStatus.OnHold, SubscriptionStatus.OnHold], [(await GetAsync(Factory, held.Business, held.Id)).Status, (await GetAsync(Factory, held.Business, neighbour.Id)).Status, (await GetAsync(Factory, stranger.Business, stranger.Id)).Status]);
    }

    [Fact]
    public async Task A_gateway_timeout_after_charging_the_dues_changes_nothing_and_the_retry_finishes_with_one_charge()
    {
        var held = await OnHoldAsync(Factory);
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);

        var timedOut = await ChangeAsync(held, held.GoodCard);
        var retried = await ChangeAsync(held, held.GoodCard);
        await Factory.DrainAsync();

        Assert.Equal(new DuesPaymentDto("processing", null, null), timedOut.DuesPayment);
        Assert.Equal(SubscriptionStatus.OnHold, timedOut.Subscription.Status);
        Assert.Equal(held.Before.PaymentMethodId, timedOut.Subscription.PaymentMethodId);
        Assert.Equal("succeeded", retried.DuesPayment!.Status);
        Assert.Equal(SubscriptionStatus.Active, retried.Subscription.Status);
        Assert.Equal(2, await BillingArrangement.GatewayChargesAsync(Factory)); // the first period, the dues once
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%'"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task A_retry_after_a_timeout_naming_another_customers_card_is_not_found_even_though_the_key_replays_and_changes_nothing()
    {
        var held = await OnHoldAsync(Factory);
        var neighbour = await OnHoldAsync(Factory, held.Business, "grace@example.com");
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);
        await ChangeAsync(held, held.GoodCard);

        var foreign = await Assert.ThrowsAsync<DomainException>(() => ChangeAsync(held, neighbour.GoodCard));
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        var retried = await ChangeAsync(held, held.GoodCard);

        Assert.Equal(ErrorKind.NotFound, foreign.Error.Kind);
        Assert.Equal(SubscriptionStatus.OnHold, subscription.Status);
        Assert.Equal(held.Before.PaymentMethodId, subscription.PaymentMethodId);
        Assert.Equal(SubscriptionStatus.Active, retried.Subscription.Status);
        Assert.Equal(held.GoodCard, retried.Subscription.PaymentMethodId);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%'"));
    }

    [Fact]
    public async Task Fifty_concurrent_reactivations_on_two_hosts_through_the_api_and_the_portal_racing_the_dues_job_charge_the_dues_once()
    {
        var held = await OnHoldAsync(Factory);
        var charges = await BillingArrangement.GatewayChargesAsync(Factory);
        await using var second = new PortalFactory(Factory.ConnectionString);
        Factory.Time.Advance(TimeSpan.FromDays(1)); // the first scheduled dues retry is due as well
        second.Time.SetUtcNow(Factory.Time.GetUtcNow());
        var secondApi = second.CreateClient();
        secondApi.DefaultRequestHeaders.Authorization = new("Bearer", await CreateApiKeyAsync(held.Business));
        var firstBrowser = await SignInAsync(Factory, held);
        var secondBrowser = await SignInAsync(second, held, secondApi);
        var page = $"/test/portal/subscriptions/{held.Id}/payment-method";
        var form = new Dictionary<string, string> { ["chosen"] = held.GoodCard };
        var body = $"{{\"type\":\"existing\",\"payment_method_id\":\"{held.GoodCard}\"}}";
        var requests = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 12; i++)
        {
            requests.Add(await firstBrowser.PrepareFormAsync(page, form));
            requests.Add(await secondBrowser.PrepareFormAsync(page, form));
            requests.Add(() => held.Api.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json(body)));
            requests.Add(() => secondApi.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json(body)));
        }

        requests.Add(await firstBrowser.PrepareFormAsync(page, form));
        requests.Add(() => secondApi.PostAsync($"/subscriptions/{held.Id}/update-payment-method", Json(body)));

        var jobs = new[] { CollectDuesAsync(Factory), CollectDuesAsync(second) };
        var responses = await Task.WhenAll(requests.Select(request => Task.Run(request)));
        await Task.WhenAll(jobs);
        await Factory.DrainAsync();

        Assert.Equal(50, responses.Length);
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{(int)r.StatusCode} {r.RequestMessage!.RequestUri}"));
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode || r.StatusCode == HttpStatusCode.Redirect, $"{(int)r.StatusCode} {r.RequestMessage!.RequestUri}"));
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal(held.GoodCard, subscription.PaymentMethodId);

        // Whoever came first (a customer with the Mastercard, or the job with the default Visa) paid; the rest found it paid.
        Assert.Equal(charges + 1, await BillingArrangement.GatewayChargesAsync(Factory));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payments WHERE subscription_id = '{held.Id}' AND idempotency_key LIKE '%:dues:%' AND status = 'Succeeded'"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM subscriptions.subscription_transitions WHERE subscription_id = '{held.Id}' AND change = 'reactivated'"));
    }

    [Fact]
    public async Task The_portal_page_says_what_an_on_hold_subscription_will_be_charged_explains_a_decline_then_confirms_the_reactivation()
    {
        var held = await OnHoldAsync(Factory);
        var browser = await SignInAsync(Factory, held);
        var page = $"/test/portal/subscriptions/{held.Id}/payment-method";

        var (picker, html) = await browser.GetAsync(page);
        var declined = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = held.DecliningCard });
        var declinedHtml = await declined.Content.ReadAsStringAsync();
        var paid = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = held.GoodCard });
        var (_, confirmation) = await browser.GetAsync(paid.Headers.Location!.OriginalString);
        var (_, italiano) = await browser.InLanguage("it").GetAsync(paid.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        Assert.Contains("confirming charges the amount due, €12.20 tax included, to the card you choose now", html, StringComparison.Ordinal);
        Assert.Contains("Mastercard ending in 4444", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/payment-methods?for={held.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains(">Confirm changes<", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Contains("The payment did not go through: your subscription is still on hold", declinedHtml, StringComparison.Ordinal);
        Assert.Contains("Your bank declined the card.", declinedHtml, StringComparison.Ordinal);
        Assert.Contains("Choose another card", declinedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal($"{page}?done=reactivated", paid.Headers.Location!.OriginalString);
        var subscription = await GetAsync(Factory, held.Business, held.Id);
        Assert.Contains("Payment received: your subscription is active again", confirmation, StringComparison.Ordinal);
        Assert.Contains("We charged €12.20 to your Mastercard ending in 4444", confirmation, StringComparison.Ordinal);
        Assert.Contains($"Next renewal on {subscription.NextBillingDate.UtcDateTime.ToString("d MMM yyyy", English)}", confirmation, StringComparison.Ordinal);
        Assert.Contains("Pagamento ricevuto: il tuo abbonamento è di nuovo attivo", italiano, StringComparison.Ordinal);
        Assert.Contains("12,20", italiano, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_added_from_the_page_comes_back_picked_and_an_active_subscription_only_changes_its_card()
    {
        var held = await OnHoldAsync(Factory, putOnHold: false);
        var browser = await SignInAsync(Factory, held);
        var page = $"/test/portal/subscriptions/{held.Id}/payment-method";

        var added = await browser.SubmitFormAsync(
            $"/test/portal/payment-methods?for={held.Id}",
            new Dictionary<string, string> { ["for"] = held.Id, ["CardNumber"] = "4242 4242 4242 4242", ["ExpiryMonth"] = "12", ["ExpiryYear"] = $"{Factory.Time.GetUtcNow().Year + 3}" },
            "/test/portal/payment-methods?handler=Add");
        var newCard = (await Factory.SendAsync(s => s.QueryAsync(new ListPaymentMethodsQuery(held.Business, Mode.Test, held.Customer))))
            .Single(m => m.ExpiryYear == Factory.Time.GetUtcNow().Year + 3).PaymentMethodId;
        var (_, picker) = await browser.GetAsync(added.Headers.Location!.OriginalString);
        var changed = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["chosen"] = newCard });
        var (_, done) = await browser.GetAsync(changed.Headers.Location!.OriginalString);

        Assert.Equal($"{page}?chosen={newCard}", added.Headers.Location!.OriginalString);
        Assert.Contains($"value=\"{newCard}\" checked=\"checked\"", picker, StringComparison.Ordinal);
        Assert.DoesNotContain("confirming charges the amount due", picker, StringComparison.Ordinal);
        Assert.Equal($"{page}?done=changed", changed.Headers.Location!.OriginalString);
        Assert.Contains("Payment method updated", done, StringComparison.Ordinal);
        Assert.Equal(newCard, (await GetAsync(Factory, held.Business, held.Id)).PaymentMethodId);
        Assert.Equal(1, await BillingArrangement.GatewayChargesAsync(Factory));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<PaymentMethodChangeDto> ChangeAsync(Held held, string paymentMethodId) =>
        Factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPaymentMethodCommand(held.Business, Mode.Test, held.Id, held.Customer, SubscriptionActor.Customer, paymentMethodId)));
}
