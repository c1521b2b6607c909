using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.CustomersApiTests;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// <c>/subscriptions</c> in the Dodo shape: create (first period charged at once), list, retrieve,
/// PATCH with absent and null kept apart, test mode's time travel, and tenancy on every route.
/// </summary>
public sealed class SubscriptionsApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly object Rome = new { country = "IT", state = "RM", city = "Roma", street = "Via del Corso 1", zipcode = "00186" };

    [Fact]
    public async Task Creates_an_active_subscription_and_reads_it_back_in_the_dodo_shape()
    {
        var shop = await ShopAsync();

        var created = await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId, quantity: 2));
        var id = created.GetProperty("subscription_id").GetString()!;
        var subscription = await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{id}");

        Assert.StartsWith("sub_", id, StringComparison.Ordinal);
        Assert.Equal("active", created.GetProperty("status").GetString());
        Assert.Equal(2_000, created.GetProperty("recurring_pre_tax_amount").GetInt64());
        Assert.Equal(shop.Customer, created.GetProperty("customer").GetProperty("customer_id").GetString());
        Assert.Equal("ada@example.com", created.GetProperty("customer").GetProperty("email").GetString());
        Assert.True(created.GetProperty("payment_method_required").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("payment_link").ValueKind);
        var paymentId = created.GetProperty("payment_id").GetString()!;
        var payment = await shop.Api.GetFromJsonAsync<JsonElement>($"/payments/{paymentId}");
        Assert.Equal("succeeded", payment.GetProperty("status").GetString());
        Assert.Equal(id, payment.GetProperty("subscription_id").GetString());
        Assert.Equal(2_440, payment.GetProperty("total_amount").GetInt64());

        Assert.Equal(id, subscription.GetProperty("subscription_id").GetString());
        Assert.Equal("active", subscription.GetProperty("status").GetString());
        Assert.Equal(shop.ProductId, subscription.GetProperty("product_id").GetString());
        Assert.Equal(2, subscription.GetProperty("quantity").GetInt32());
        Assert.Equal(2_000, subscription.GetProperty("recurring_pre_tax_amount").GetInt64());
        Assert.Equal("EUR", subscription.GetProperty("currency").GetString());
        Assert.False(subscription.GetProperty("tax_inclusive").GetBoolean());
        Assert.Equal("Month", subscription.GetProperty("payment_frequency_interval").GetString());
        Assert.Equal(1, subscription.GetProperty("payment_frequency_count").GetInt32());
        Assert.Equal("Year", subscription.GetProperty("subscription_period_interval").GetString());
        Assert.Equal(10, subscription.GetProperty("subscription_period_count").GetInt32());
        Assert.Equal(0, subscription.GetProperty("trial_period_days").GetInt32());
        Assert.False(subscription.GetProperty("on_demand").GetBoolean());
        Assert.Equal("Ada Lovelace", subscription.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("IT", subscription.GetProperty("billing").GetProperty("country").GetString());
        Assert.Equal("00186", subscription.GetProperty("billing").GetProperty("zipcode").GetString());
        Assert.Equal(shop.PaymentMethodId, subscription.GetProperty("payment_method_id").GetString());
        Assert.True(subscription.GetProperty("has_payment_method").GetBoolean());
        Assert.False(subscription.GetProperty("cancel_at_next_billing_date").GetBoolean());
        Assert.Equal(JsonValueKind.Null, subscription.GetProperty("cancelled_at").ValueKind);
        Assert.Equal(shop.Business.Value, subscription.GetProperty("brand_id").GetString());
        Assert.Empty(subscription.GetProperty("metadata").EnumerateObject());
        foreach (var empty in (string[])["addons", "discounts", "meters", "credit_entitlement_cart", "meter_credit_entitlement_cart"])
        {
            Assert.Equal(0, subscription.GetProperty(empty).GetArrayLength());
        }

        var createdAt = Date(subscription, "created_at");
        AssertClose(Factory.Time.GetUtcNow(), createdAt);
        AssertClose(createdAt, Date(subscription, "previous_billing_date"));
        AssertClose(createdAt.AddMonths(1), Date(subscription, "next_billing_date"));
    }

    [Fact]
    public async Task A_declined_first_payment_answers_a_failed_subscription()
    {
        var shop = await ShopAsync();

        var created = await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId, paymentMethodId: "pm_card_chargeCustomerFail"));

        Assert.Equal("failed", created.GetProperty("status").GetString());
        var payment = await shop.Api.GetFromJsonAsync<JsonElement>($"/payments/{created.GetProperty("payment_id").GetString()}");
        Assert.Equal("failed", payment.GetProperty("status").GetString());
        var subscription = await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{created.GetProperty("subscription_id").GetString()}");
        Assert.Equal("failed", subscription.GetProperty("status").GetString());
        Assert.NotEqual(shop.PaymentMethodId, subscription.GetProperty("payment_method_id").GetString());
    }

    [Fact]
    public async Task Billing_events_about_the_api_charges_are_delivered_and_change_nothing_already_applied()
    {
        var shop = await ShopAsync();
        var active = await SubscribeAsync(shop);
        var failed = await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId, paymentMethodId: "pm_card_chargeCustomerFail"));
        await AdvanceAsync(shop.Api, active, """{"simulate_decline":true}""");
        var before = await ItemsAsync(shop.Api, "/subscriptions?page_number=0");

        await Factory.DrainAsync();

        Assert.Equal(before.Select(s => s.ToString()), (await ItemsAsync(shop.Api, "/subscriptions?page_number=0")).Select(s => s.ToString()));
        Assert.Equal("failed", before.Single(s => Id(s) == Id(failed)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bad_billing_country_is_refused_and_nothing_is_charged()
    {
        var shop = await ShopAsync();

        var response = await shop.Api.PostAsJsonAsync("/subscriptions", Body(shop.Customer, shop.ProductId, billing: new { country = "XX", city = "Roma" }));

        await AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "INVALID_COUNTRY");
        Assert.Empty(await ItemsAsync(shop.Api, "/subscriptions?page_number=0"));
        Assert.Empty(await ItemsAsync(shop.Api, "/payments?page_number=0"));
    }

    [Fact]
    public async Task An_unknown_or_foreign_product_customer_or_payment_method_is_not_found()
    {
        var shop = await ShopAsync();
        var other = await ShopAsync();
        var grace = await CustomersApiTests.CreateCustomerAsync(shop.Api, "grace@example.com", "Grace Hopper");
        var gracesCard = await BillingArrangement.AddCardAsync(Factory, shop.Business, new CustomerId(grace));

        await AssertErrorAsync(await shop.Api.PostAsJsonAsync("/subscriptions", Body(shop.Customer, "prod_doesnotexist0000000000")), HttpStatusCode.NotFound, "NOT_FOUND");
        await AssertErrorAsync(await shop.Api.PostAsJsonAsync("/subscriptions", Body(shop.Customer, other.ProductId)), HttpStatusCode.NotFound, "NOT_FOUND");
        await AssertErrorAsync(await shop.Api.PostAsJsonAsync("/subscriptions", Body(other.Customer, shop.ProductId)), HttpStatusCode.NotFound, "NOT_FOUND");
        await AssertErrorAsync(
            await shop.Api.PostAsJsonAsync("/subscriptions", Body(shop.Customer, shop.ProductId, paymentMethodId: gracesCard.PaymentMethodId)),
            HttpStatusCode.NotFound,
            "NOT_FOUND");
        Assert.Empty(await ItemsAsync(shop.Api, "/subscriptions?page_number=0"));
    }

    [Theory]
    [InlineData("""{"customer":{"email":"new@example.com","name":"New"},"product_id":"PRODUCT","quantity":1,"billing":{"country":"IT"}}""", "CUSTOMER_ID_REQUIRED")]
    [InlineData("""{"customer":{"customer_id":"CUSTOMER"},"product_id":"PRODUCT","quantity":1,"billing":{"country":"IT"},"payment_link":true}""", "UNSUPPORTED_FIELD")]
    [InlineData("""{"customer":{"customer_id":"CUSTOMER"},"product_id":"PRODUCT","quantity":1,"billing":{"country":"IT"},"metadata":{"plan":"gold"}}""", "UNSUPPORTED_FIELD")]
    [InlineData("""{"customer":{"customer_id":"CUSTOMER"},"product_id":"PRODUCT","quantity":1,"billing":{"country":"IT"},"trial_period_days":14}""", "UNSUPPORTED_FIELD")]
    [InlineData("""{"customer":{"customer_id":"CUSTOMER"},"product_id":"PRODUCT","quantity":"two","billing":{"country":"IT"}}""", "INVALID_FIELD")]
    [InlineData("""{"customer":{"customer_id":"CUSTOMER"},"product_id":"PRODUCT","quantity":1}""", "INVALID_FIELD")]
    [InlineData("""{"customer":{"customer_id":"CUSTOMER"},"product_id":"PRODUCT","quantity":0,"billing":{"country":"IT"}}""", "VALIDATION_ERROR")]
    public async Task A_create_it_cannot_honour_is_refused(string json, string code)
    {
        var shop = await ShopAsync();

        var response = await PostJsonAsync(shop.Api, "/subscriptions", json.Replace("CUSTOMER", shop.Customer, StringComparison.Ordinal).Replace("PRODUCT", shop.ProductId, StringComparison.Ordinal));

        await AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, code);
        Assert.Empty(await ItemsAsync(shop.Api, "/subscriptions?page_number=0"));
    }

    [Fact]
    public async Task Defaults_of_features_it_lacks_are_accepted_on_create()
    {
        var shop = await ShopAsync();
        var json = $$"""
            {"customer":{"customer_id":"{{shop.Customer}}"},"product_id":"{{shop.ProductId}}","quantity":1,"billing":{"country":"it"},
             "metadata":{},"payment_link":false,"addons":[],"discount_code":null,"trial_period_days":0,"return_url":"https://example.com/done"}
            """;

        var response = await PostJsonAsync(shop.Api, "/subscriptions", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("active", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("{\"customer\":")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_is_a_bad_request(string json)
    {
        var shop = await ShopAsync();
        var id = (await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId))).GetProperty("subscription_id").GetString();

        await AssertErrorAsync(await PostJsonAsync(shop.Api, "/subscriptions", json), HttpStatusCode.BadRequest, "INVALID_REQUEST");
        await AssertErrorAsync(await PatchJsonAsync(shop.Api, $"/subscriptions/{id}", json), HttpStatusCode.BadRequest, "INVALID_REQUEST");
        await AssertErrorAsync(await PostJsonAsync(shop.Api, $"/subscriptions/{id}/test/advance", json), HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task The_list_filters_by_customer_and_status_pages_from_zero_and_answers_empty_past_the_end()
    {
        var shop = await ShopAsync();
        var grace = await CustomersApiTests.CreateCustomerAsync(shop.Api, "grace@example.com", "Grace Hopper");
        var first = await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId));
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var failed = await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId, paymentMethodId: "pm_card_chargeCustomerFail"));
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var third = await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId, quantity: 3));
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await CreateAsync(shop.Api, Body(grace, shop.ProductId, paymentMethodId: "pm_card_visa"));

        var all = await ItemsAsync(shop.Api, "/subscriptions?page_number=0&page_size=100");
        var ada = await ItemsAsync(shop.Api, $"/subscriptions?customer_id={shop.Customer}&page_number=0");
        var adaFailed = await ItemsAsync(shop.Api, $"/subscriptions?customer_id={shop.Customer}&status=failed&page_number=0");
        var active = await ItemsAsync(shop.Api, "/subscriptions?status=active&page_number=0");
        var secondPage = await ItemsAsync(shop.Api, $"/subscriptions?customer_id={shop.Customer}&page_number=1&page_size=2");
        var pastTheEnd = await ItemsAsync(shop.Api, "/subscriptions?page_number=7&page_size=10");
        var malformedCustomer = await ItemsAsync(shop.Api, "/subscriptions?customer_id=not-an-id&page_number=0");

        Assert.Equal(4, all.Count);
        Assert.Equal("grace@example.com", all[0].GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("Pro plan", all[0].GetProperty("product_name").GetString());
        Assert.Equal([Id(third), Id(failed), Id(first)], ada.Select(Id));
        Assert.Equal(Id(failed), Id(Assert.Single(adaFailed)));
        Assert.Equal(3, active.Count);
        Assert.Equal(Id(first), Id(Assert.Single(secondPage)));
        Assert.Empty(pastTheEnd);
        Assert.Empty(malformedCustomer);
    }

    [Theory]
    [InlineData("/subscriptions?page_size=0", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?page_size=101", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?page_number=-1", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?status=paused", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?status=whatever", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?brand_id=brand_abcdefghijkl", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?page_size=abc", HttpStatusCode.BadRequest)]
    public async Task Bad_list_parameters_are_a_clear_client_error(string path, HttpStatusCode status)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_sent()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);
        var before = await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{id}");

        var billed = await PatchAsync(shop.Api, id, """{"billing":{"country":"de","city":"Berlin","street":"Unter den Linden 1","zipcode":"10117"}}""");
        var renamed = await PatchAsync(shop.Api, id, """{"customer_name":"Augusta Ada King"}""");
        var noted = await PatchAsync(shop.Api, id, """{"cancellation_feedback":"too_expensive","cancellation_comment":"Budget cuts"}""");
        var untouched = await PatchAsync(shop.Api, id, "{}");

        Assert.Equal("DE", billed.GetProperty("billing").GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Null, billed.GetProperty("billing").GetProperty("state").ValueKind);
        Assert.Equal("Ada Lovelace", billed.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("Augusta Ada King", renamed.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal("Berlin", renamed.GetProperty("billing").GetProperty("city").GetString());
        Assert.Equal("Augusta Ada King", (await shop.Api.GetFromJsonAsync<JsonElement>($"/customers/{shop.Customer}")).GetProperty("name").GetString());
        Assert.Equal("too_expensive", noted.GetProperty("cancellation_feedback").GetString());
        Assert.Equal("Budget cuts", noted.GetProperty("cancellation_comment").GetString());
        Assert.Equal("active", noted.GetProperty("status").GetString());
        Assert.Equal(noted.ToString(), untouched.ToString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("cancellation_feedback").ValueKind);
        foreach (var unchanged in (string[])["status", "next_billing_date", "previous_billing_date", "quantity", "cancel_at_next_billing_date", "payment_method_id"])
        {
            Assert.Equal(before.GetProperty(unchanged).ToString(), untouched.GetProperty(unchanged).ToString());
        }
    }

    [Theory]
    [InlineData("""{"billing":null}""", "FIELD_NOT_CLEARABLE")]
    [InlineData("""{"customer_name":null}""", "FIELD_NOT_CLEARABLE")]
    [InlineData("""{"status":null}""", "FIELD_NOT_CLEARABLE")]
    [InlineData("""{"cancel_at_next_billing_date":null}""", "FIELD_NOT_CLEARABLE")]
    [InlineData("""{"cancellation_comment":null}""", "FIELD_NOT_CLEARABLE")]
    [InlineData("""{"status":"active"}""", "INVALID_STATUS")]
    [InlineData("""{"status":"paused"}""", "INVALID_STATUS")]
    [InlineData("""{"cancellation_feedback":"meh"}""", "INVALID_CANCELLATION_FEEDBACK")]
    [InlineData("""{"cancel_at_next_billing_date":"yes"}""", "INVALID_FIELD")]
    [InlineData("""{"billing":"Via del Corso 1"}""", "INVALID_FIELD")]
    [InlineData("""{"billing":{"country":"XX"}}""", "INVALID_COUNTRY")]
    [InlineData("""{"next_billing_date":"2030-01-01T00:00:00Z"}""", "UNSUPPORTED_FIELD")]
    [InlineData("""{"metadata":{"plan":"gold"}}""", "UNSUPPORTED_FIELD")]
    [InlineData("""{"billing":{"country":"DE"},"customer_name":""}""", "VALIDATION_ERROR")]
    public async Task Patch_refuses_what_it_cannot_do_and_changes_nothing(string json, string code)
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);
        var before = await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{id}");

        await AssertErrorAsync(await PatchJsonAsync(shop.Api, $"/subscriptions/{id}", json), HttpStatusCode.UnprocessableEntity, code);

        Assert.Equal(before.ToString(), (await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{id}")).ToString());
    }

    [Fact]
    public async Task Cancelling_twice_is_a_conflict_the_sdk_does_not_retry_and_changes_nothing()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);
        // A clock with a tenth of a microsecond, which the database does not keep: the answers must still agree.
        Factory.Time.Advance(TimeSpan.FromTicks(13 - (Factory.Time.GetUtcNow().Ticks % 10)));

        var cancelled = await PatchAsync(shop.Api, id, """{"status":"cancelled","cancellation_feedback":"unused"}""");
        Factory.Time.Advance(TimeSpan.FromMinutes(5));
        var again = await PatchJsonAsync(shop.Api, $"/subscriptions/{id}", """{"status":"cancelled","cancellation_comment":"twice"}""");

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        AssertClose(Factory.Time.GetUtcNow() - TimeSpan.FromMinutes(5), Date(cancelled, "cancelled_at"));
        Assert.Equal("false", again.Headers.GetValues("x-should-retry").Single());
        await AssertErrorAsync(again, HttpStatusCode.Conflict, "SUBSCRIPTION_CANCELLED");
        Assert.Equal(cancelled.ToString(), (await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{id}")).ToString());
        await AssertErrorAsync(await PatchJsonAsync(shop.Api, $"/subscriptions/{id}", """{"billing":{"country":"DE"}}"""), HttpStatusCode.Conflict, "SUBSCRIPTION_CANCELLED");
    }

    [Fact]
    public async Task A_scheduled_cancellation_keeps_it_active_and_can_be_undone()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);

        var scheduled = await PatchAsync(shop.Api, id, """{"cancel_at_next_billing_date":true}""");
        var undone = await PatchAsync(shop.Api, id, """{"cancel_at_next_billing_date":false}""");

        Assert.True(scheduled.GetProperty("cancel_at_next_billing_date").GetBoolean());
        Assert.Equal("active", scheduled.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, scheduled.GetProperty("cancelled_at").ValueKind);
        Assert.False(undone.GetProperty("cancel_at_next_billing_date").GetBoolean());
        Assert.Equal("active", undone.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Time_travel_renews_a_test_subscription_now()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);

        var renewed = await AdvanceAsync(shop.Api, id, null);

        var now = Factory.Time.GetUtcNow();
        Assert.Equal("active", renewed.GetProperty("status").GetString());
        AssertClose(now, Date(renewed, "previous_billing_date"));
        // About a month: time travel shifts the billing anchor by a duration, so month lengths can add a day.
        Assert.InRange(Date(renewed, "next_billing_date") - now, TimeSpan.FromDays(28), TimeSpan.FromDays(32));
        var payments = await ItemsAsync(shop.Api, $"/payments?subscription_id={id}&page_number=0");
        Assert.Equal(2, payments.Count);
        Assert.All(payments, p => Assert.Equal("succeeded", p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_simulated_decline_puts_it_on_hold_and_the_next_advance_retries_the_dues()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);

        var onHold = await AdvanceAsync(shop.Api, id, """{"simulate_decline":true}""");
        var listedOnHold = await ItemsAsync(shop.Api, "/subscriptions?status=on_hold&page_number=0");
        var reactivated = await AdvanceAsync(shop.Api, id, """{"simulate_decline":false}""");

        Assert.Equal("on_hold", onHold.GetProperty("status").GetString());
        Assert.Equal(id, Id(Assert.Single(listedOnHold)));
        Assert.Equal("active", reactivated.GetProperty("status").GetString());
        AssertClose(Factory.Time.GetUtcNow().AddMonths(1), Date(reactivated, "next_billing_date"));
    }

    [Fact]
    public async Task Time_travel_is_for_test_mode_only_and_for_subscriptions_that_go_on()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);
        var (live, _) = await ApiClientAsync(Mode.Live, shop.Business);

        await AssertErrorAsync(await live.PostAsync($"/subscriptions/{id}/test/advance", null), HttpStatusCode.UnprocessableEntity, "TEST_MODE_ONLY");
        await AssertErrorAsync(await live.PostAsync("/subscriptions/sub_doesnotexist0000000000/test/advance", null), HttpStatusCode.UnprocessableEntity, "TEST_MODE_ONLY");
        await PatchAsync(shop.Api, id, """{"status":"cancelled"}""");
        await AssertErrorAsync(await shop.Api.PostAsync($"/subscriptions/{id}/test/advance", null), HttpStatusCode.Conflict, "SUBSCRIPTION_CANCELLED");
        await AssertErrorAsync(await PostJsonAsync(shop.Api, $"/subscriptions/{id}/test/advance", """{"simulate_decline":"yes"}"""), HttpStatusCode.UnprocessableEntity, "INVALID_FIELD");
    }

    [Fact]
    public async Task Another_business_or_mode_sees_no_subscription_on_any_route()
    {
        var shop = await ShopAsync();
        var id = await SubscribeAsync(shop);
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, shop.Business);

        foreach (var api in (HttpClient[])[stranger, live])
        {
            await AssertErrorAsync(await api.GetAsync($"/subscriptions/{id}"), HttpStatusCode.NotFound, "NOT_FOUND");
            await AssertErrorAsync(await PatchJsonAsync(api, $"/subscriptions/{id}", """{"status":"cancelled"}"""), HttpStatusCode.NotFound, "NOT_FOUND");
            await AssertErrorAsync(await api.PostAsJsonAsync("/subscriptions", Body(shop.Customer, shop.ProductId)), HttpStatusCode.NotFound, "NOT_FOUND");
            Assert.Empty(await ItemsAsync(api, "/subscriptions?page_number=0"));
            Assert.Empty(await ItemsAsync(api, $"/subscriptions?customer_id={shop.Customer}&page_number=0"));
        }

        // Live keys cannot time-travel at all (422 whatever the id, tested above); a stranger's test key finds nothing.
        await AssertErrorAsync(await stranger.PostAsync($"/subscriptions/{id}/test/advance", null), HttpStatusCode.NotFound, "NOT_FOUND");
        foreach (var unknown in (string[])["sub_doesnotexist0000000000", "not-an-id", shop.Customer])
        {
            await AssertErrorAsync(await shop.Api.GetAsync($"/subscriptions/{unknown}"), HttpStatusCode.NotFound, "NOT_FOUND");
            await AssertErrorAsync(await PatchJsonAsync(shop.Api, $"/subscriptions/{unknown}", "{}"), HttpStatusCode.NotFound, "NOT_FOUND");
            await AssertErrorAsync(await shop.Api.PostAsync($"/subscriptions/{unknown}/test/advance", null), HttpStatusCode.NotFound, "NOT_FOUND");
        }

        Assert.Equal("active", (await shop.Api.GetFromJsonAsync<JsonElement>($"/subscriptions/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_subscriptions_api_needs_a_key()
    {
        var anonymous = Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(anonymous, "/subscriptions", "{}")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_product_creation_time_and_a_scheduled_cancellation()
    {
        var (api, business) = await ApiClientAsync();
        var (_, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, business: business);
        var basic = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business, name: "Basic"));
        Factory.Time.Advance(TimeSpan.FromHours(1));
        var team = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business, name: "Team"));
        (await api.PatchAsJsonAsync($"/subscriptions/{team.Id}", new { cancel_at_next_billing_date = true })).EnsureSuccessStatusCode();
        var halfAnHourAgo = Uri.EscapeDataString(Factory.Time.GetUtcNow().AddMinutes(-30).ToString("O"));

        Assert.Equal([basic.Id], await ListedAsync(api, $"product_id={basic.ProductId}"));
        Assert.Equal([team.Id], await ListedAsync(api, "cancel_at_next_billing_date=true"));
        Assert.Equal([basic.Id], await ListedAsync(api, "cancel_at_next_billing_date=false"));
        Assert.Equal([team.Id], await ListedAsync(api, $"created_at_gte={halfAnHourAgo}"));
        Assert.Equal([basic.Id], await ListedAsync(api, $"created_at_lte={halfAnHourAgo}&customer_id={customer}"));
        Assert.Empty(await ListedAsync(api, $"product_id={basic.ProductId}&cancel_at_next_billing_date=true"));
    }

    private static async Task<IReadOnlyList<string?>> ListedAsync(HttpClient api, string query) =>
        [.. (await api.GetFromJsonAsync<JsonElement>($"/subscriptions?{query}")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("subscription_id").GetString())];

    private async Task<Shop> ShopAsync()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var card = await BillingArrangement.AddCardAsync(Factory, business, new CustomerId(customer));
        var plan = await SubscriptionArrangement.PlanAsync(Factory, business);
        return new Shop(api, business, customer, card.PaymentMethodId, plan.Id);
    }

    private static object Body(string customerId, string productId, int quantity = 1, string? paymentMethodId = null, object? billing = null) =>
        new { customer = new { customer_id = customerId }, product_id = productId, quantity, billing = billing ?? Rome, payment_method_id = paymentMethodId };

    private static async Task<JsonElement> CreateAsync(HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/subscriptions", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> SubscribeAsync(Shop shop) =>
        (await CreateAsync(shop.Api, Body(shop.Customer, shop.ProductId))).GetProperty("subscription_id").GetString()!;

    private static async Task<JsonElement> PatchAsync(HttpClient api, string id, string json)
    {
        var response = await PatchJsonAsync(api, $"/subscriptions/{id}", json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> AdvanceAsync(HttpClient api, string id, string? json)
    {
        var response = json is null ? await api.PostAsync($"/subscriptions/{id}/test/advance", null) : await PostJsonAsync(api, $"/subscriptions/{id}/test/advance", json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient api, string path, string json) =>
        api.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> PatchJsonAsync(HttpClient api, string path, string json) =>
        api.PatchAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient api, string path) =>
        [.. (await api.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray()];

    private static string? Id(JsonElement subscription) => subscription.GetProperty("subscription_id").GetString();

    private static DateTimeOffset Date(JsonElement json, string property) => json.GetProperty(property).GetDateTimeOffset();

    /// <summary>The database keeps microseconds; the fake clock has ticks.</summary>
    private static void AssertClose(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.True((expected - actual).Duration() < TimeSpan.FromMilliseconds(1), $"Expected {expected:O}, got {actual:O}.");

    private sealed record Shop(HttpClient Api, BusinessId Business, string Customer, string PaymentMethodId, string ProductId);
}
