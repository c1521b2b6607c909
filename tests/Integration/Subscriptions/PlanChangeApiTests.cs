using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Tests.Support;
using static Portal.Tests.Integration.CustomersApiTests;
using static Portal.Tests.Integration.Subscriptions.PlanChangeArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary><c>POST /subscriptions/{id}/change-plan</c> and <c>/change-plan/preview</c> in the Dodo shape: answers, refusals, malformed bodies and tenancy.</summary>
public sealed class PlanChangeApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Previews_then_changes_the_plan_in_the_dodo_shape()
    {
        var (api, tiers) = await ShopAsync();
        var body = $$"""{"product_id":"{{tiers.Pro.Id}}","quantity":2,"proration_billing_mode":"difference_immediately"}""";

        var preview = await OkAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan/preview", body));
        var changed = await OkAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan", body));

        var summary = preview.GetProperty("immediate_charge").GetProperty("summary");
        Assert.Equal(
            (4_880L, 880L, 4_880L, 0L),
            (summary.GetProperty("total_amount").GetInt64(), summary.GetProperty("tax").GetInt64(), summary.GetProperty("settlement_amount").GetInt64(), summary.GetProperty("customer_credits").GetInt64()));
        Assert.Equal(5_000, preview.GetProperty("new_plan").GetProperty("recurring_pre_tax_amount").GetInt64());
        var paymentId = changed.GetProperty("payment_id").GetString()!;
        Assert.Equal(4_880, (await api.GetFromJsonAsync<JsonElement>($"/payments/{paymentId}")).GetProperty("total_amount").GetInt64());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("payment_link").ValueKind);
        var subscription = await api.GetFromJsonAsync<JsonElement>($"/subscriptions/{tiers.SubscriptionId}");
        Assert.Equal((tiers.Pro.Id, 2), (subscription.GetProperty("product_id").GetString(), subscription.GetProperty("quantity").GetInt32()));
    }

    [Fact]
    public async Task A_downgrade_preview_shows_the_credit_and_the_change_answers_no_payment()
    {
        var (api, tiers) = await ShopAsync(startOn: "pro");
        var body = $$"""{"product_id":"{{tiers.Basic.Id}}","quantity":1,"proration_billing_mode":"difference_immediately"}""";

        var preview = await OkAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan/preview", body));
        var changed = await OkAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan", body));

        Assert.Equal(1_830, preview.GetProperty("immediate_charge").GetProperty("summary").GetProperty("customer_credits").GetInt64());
        Assert.Empty(preview.GetProperty("immediate_charge").GetProperty("line_items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("payment_id").ValueKind);
    }

    [Theory]
    [InlineData("[]", HttpStatusCode.BadRequest, null)]
    [InlineData("\"pro\"", HttpStatusCode.BadRequest, null)]
    [InlineData("{}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":"one"}""", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD")]
    [InlineData("""{"product_id":7,"quantity":1}""", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":99999999999}""", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":0}""", HttpStatusCode.UnprocessableEntity, "INVALID_QUANTITY")]
    [InlineData("""{"product_id":"PRO","quantity":1,"proration_billing_mode":"sometimes"}""", HttpStatusCode.UnprocessableEntity, "INVALID_PRORATION_MODE")]
    [InlineData("""{"product_id":"PRO","quantity":1,"proration_billing_mode":5}""", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":1,"effective_at":"next_billing_date"}""", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":1,"on_payment_failure":"apply_change"}""", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":1,"addons":[{"addon_id":"a","quantity":1}]}""", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD")]
    [InlineData("""{"product_id":"PRO","quantity":1,"metadata":{"a":"b"}}""", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD")]
    [InlineData("""{"product_id":"prod_doesnotexist00000000","quantity":1}""", HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task Malformed_bodies_are_refused_with_a_4xx_and_change_nothing(string json, HttpStatusCode status, string? code)
    {
        var (api, tiers) = await ShopAsync();
        json = json.Replace("\"PRO\"", $"\"{tiers.Pro.Id}\"", StringComparison.Ordinal);

        foreach (var path in (string[])[$"/subscriptions/{tiers.SubscriptionId}/change-plan", $"/subscriptions/{tiers.SubscriptionId}/change-plan/preview"])
        {
            var response = await PostAsync(api, path, json);
            Assert.Equal(status, response.StatusCode);
            if (code is not null)
            {
                Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            }
        }

        Assert.Equal(tiers.Basic.Id, (await api.GetFromJsonAsync<JsonElement>($"/subscriptions/{tiers.SubscriptionId}")).GetProperty("product_id").GetString());
    }

    [Fact]
    public async Task Accepts_dodos_defaults_and_empty_values()
    {
        var (api, tiers) = await ShopAsync();

        var response = await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan", $$"""
            {"product_id":"{{tiers.Pro.Id}}","quantity":1,"proration_billing_mode":"do_not_bill","effective_at":"immediately",
             "on_payment_failure":"prevent_change","addons":null,"metadata":{},"discount_codes":[],"cancel_scheduled_change_plan":false}
            """);

        Assert.Equal(JsonValueKind.Null, (await OkAsync(response)).GetProperty("payment_id").ValueKind);
    }

    [Fact]
    public async Task A_business_without_updates_answers_422_and_a_declined_card_422_with_the_plan_unchanged()
    {
        var (api, tiers) = await ShopAsync(allowUpdates: false);
        var body = $$"""{"product_id":"{{tiers.Pro.Id}}","quantity":1,"proration_billing_mode":"full_immediately"}""";

        await AssertErrorAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan", body), HttpStatusCode.UnprocessableEntity, "SUBSCRIPTION_UPDATES_DISABLED");
        await AssertErrorAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan/preview", body), HttpStatusCode.UnprocessableEntity, "SUBSCRIPTION_UPDATES_DISABLED");

        await AllowAsync(Factory, tiers.Business, allow: true);
        await Database.ExecuteAsync(Factory, $"UPDATE subscriptions.subscriptions SET payment_method_id = NULL WHERE id = '{tiers.SubscriptionId}'");
        await Database.ExecuteAsync(Factory, $"UPDATE billing.payment_methods SET removed_at = now(), is_default = false WHERE customer_id = '{tiers.Customer.Value}'");
        await AssertErrorAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan", body), HttpStatusCode.UnprocessableEntity, "PAYMENT_DECLINED");
        Assert.Equal(tiers.Basic.Id, (await api.GetFromJsonAsync<JsonElement>($"/subscriptions/{tiers.SubscriptionId}")).GetProperty("product_id").GetString());
    }

    [Fact]
    public async Task Another_business_or_mode_sees_no_subscription()
    {
        var (_, tiers) = await ShopAsync();
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Portal.BuildingBlocks.Contracts.Mode.Live, tiers.Business);
        var body = $$"""{"product_id":"{{tiers.Pro.Id}}","quantity":1,"proration_billing_mode":"full_immediately"}""";

        foreach (var api in (HttpClient[])[stranger, live])
        {
            await AssertErrorAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan", body), HttpStatusCode.NotFound, "NOT_FOUND");
            await AssertErrorAsync(await PostAsync(api, $"/subscriptions/{tiers.SubscriptionId}/change-plan/preview", body), HttpStatusCode.NotFound, "NOT_FOUND");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Factory.CreateClient(), $"/subscriptions/{tiers.SubscriptionId}/change-plan", body)).StatusCode);
    }

    private async Task<(HttpClient Api, Tiers Tiers)> ShopAsync(string startOn = "basic", bool allowUpdates = true)
    {
        var tiers = await TiersAsync(Factory, startOn, allowUpdates);
        var (api, _) = await ApiClientAsync(Portal.BuildingBlocks.Contracts.Mode.Test, tiers.Business);
        return (api, tiers);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient api, string path, string json) =>
        api.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
