using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Licensing.LicensingArrangement;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The merchant's license key and instance resources: Dodo's shapes, PATCH semantics, tenancy.</summary>
public sealed class LicenseKeysApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Keys_are_listed_by_their_creation_time_bounds()
    {
        var (business, customer, first) = await KeyAsync(Factory);
        Factory.Time.Advance(TimeSpan.FromHours(1));
        await BuyAsync(Factory, business, customer, await LicensedProductAsync(Factory, business, name: "Second app"));
        var second = (await KeysAsync(Factory, business, customer)).Single(k => k.Key.Id != first.Id).Key;
        var between = Uri.EscapeDataString(Factory.Time.GetUtcNow().AddMinutes(-30).ToString("O"));
        var (client, _) = await ApiClientAsync(business: business);
        using (client)
        {
            async Task<IReadOnlyList<string?>> IdsAsync(string query) =>
                [.. (await client.GetFromJsonAsync<JsonElement>($"/license_keys?{query}")).GetProperty("items").EnumerateArray().Select(k => k.GetProperty("id").GetString())];

            Assert.Equal([second.Id], await IdsAsync($"created_at_gte={between}"));
            Assert.Equal([first.Id], await IdsAsync($"created_at_lte={between}"));
            Assert.Equal([second.Id, first.Id], await IdsAsync($"customer_id={customer.Value}"));
        }
    }

    [Fact]
    public async Task Keys_are_listed_filtered_and_read_in_dodos_shape()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 3);
        await ActivateAsync(Factory, key.Key);
        var (client, _) = await ApiClientAsync(business: business);
        using (client)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/license_keys?customer_id={customer.Value}&status=active&page_number=0");
            var item = Assert.Single(list.GetProperty("items").EnumerateArray());
            Assert.Equal(key.Id, item.GetProperty("id").GetString());
            Assert.Equal(key.Key, item.GetProperty("key").GetString());
            Assert.Equal(business.Value, item.GetProperty("business_id").GetString());
            Assert.Equal(business.Value, item.GetProperty("brand_id").GetString());
            Assert.Equal(customer.Value, item.GetProperty("customer_id").GetString());
            Assert.Equal(key.ProductId, item.GetProperty("product_id").GetString());
            Assert.Equal(key.PaymentId, item.GetProperty("payment_id").GetString());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("subscription_id").ValueKind);
            Assert.Equal("auto", item.GetProperty("source").GetString());
            Assert.Equal("active", item.GetProperty("status").GetString());
            Assert.Equal(3, item.GetProperty("activations_limit").GetInt32());
            Assert.Equal(1, item.GetProperty("instances_count").GetInt32());

            Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/license_keys?status=disabled")).GetProperty("items").EnumerateArray());
            Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/license_keys?customer_id=cus_someoneelse1")).GetProperty("items").EnumerateArray());
            Assert.Equal(key.Key, (await client.GetFromJsonAsync<JsonElement>($"/license_keys/{key.Id}")).GetProperty("key").GetString());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.GetAsync("/license_keys?status=lost")).StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.GetAsync("/license_keys?source=import")).StatusCode);
        }
    }

    [Fact]
    public async Task Patch_changes_only_what_is_sent_and_null_removes_the_limit_or_the_expiry()
    {
        var (business, _, key) = await KeyAsync(Factory, activationLimit: 3, durationDays: 30);
        var (client, _) = await ApiClientAsync(business: business);
        using (client)
        {
            var disabled = await PatchAsync(client, key.Id, """{"disabled":true}""");
            Assert.Equal(("disabled", 3), (disabled.GetProperty("status").GetString(), disabled.GetProperty("activations_limit").GetInt32()));
            Assert.NotEqual(JsonValueKind.Null, disabled.GetProperty("expires_at").ValueKind);

            var extended = await PatchAsync(client, key.Id, """{"disabled":false,"expires_at":null,"activations_limit":10}""");
            Assert.Equal("active", extended.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, extended.GetProperty("expires_at").ValueKind);
            Assert.Equal(10, extended.GetProperty("activations_limit").GetInt32());

            var unlimited = await PatchAsync(client, key.Id, """{"activations_limit":null,"expires_at":"2030-01-01T00:00:00Z"}""");
            Assert.Equal(JsonValueKind.Null, unlimited.GetProperty("activations_limit").ValueKind);
            Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), unlimited.GetProperty("expires_at").GetDateTimeOffset());
        }
    }

    [Theory]
    [InlineData("""{"activations_limit":0}""", 422)]
    [InlineData("""{"activations_limit":"ten"}""", 422)]
    [InlineData("""{"activations_limit":1.5}""", 422)]
    [InlineData("""{"disabled":"yes"}""", 422)]
    [InlineData("""{"expires_at":"soon"}""", 422)]
    [InlineData("""{"metadata":{"a":"b"}}""", 422)]
    [InlineData("""[1]""", 400)]
    [InlineData("""not json""", 400)]
    public async Task A_bad_patch_is_refused_and_changes_nothing(string body, int status)
    {
        var (business, _, key) = await KeyAsync(Factory, activationLimit: 3);
        var (client, _) = await ApiClientAsync(business: business);
        using (client)
        {
            var response = await client.PatchAsync($"/license_keys/{key.Id}", new StringContent(body, Encoding.UTF8, "application/json"));

            Assert.Equal(status, (int)response.StatusCode);
            var unchanged = await client.GetFromJsonAsync<JsonElement>($"/license_keys/{key.Id}");
            Assert.Equal(3, unchanged.GetProperty("activations_limit").GetInt32());
            Assert.Equal("active", unchanged.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Another_businesss_or_the_other_modes_key_and_instance_are_not_found()
    {
        var (business, _, key) = await KeyAsync(Factory);
        var instance = await ActivateAsync(Factory, key.Key);
        var (stranger, _) = await ApiClientAsync();
        var (liveClient, _) = await ApiClientAsync(Mode.Live, business);
        foreach (var client in new[] { stranger, liveClient })
        {
            using (client)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/license_keys/{key.Id}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.PatchAsJsonAsync($"/license_keys/{key.Id}", new { disabled = true })).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/license_key_instances/{instance.Instance.Id}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.PatchAsJsonAsync($"/license_key_instances/{instance.Instance.Id}", new { name = "Mine now" })).StatusCode);
                Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/license_keys")).GetProperty("items").EnumerateArray());
                Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/license_key_instances?license_key_id={key.Id}")).GetProperty("items").EnumerateArray());
            }
        }

        Assert.Equal("active", (await Factory.SendAsync(s => s.QueryAsync(new GetLicenseKeyQuery(business, Mode.Test, key.Id)))).Status);
        Assert.Equal("Ada's laptop", await Database.ScalarAsync<string>(Factory, "SELECT name FROM licensing.license_key_instances"));
    }

    [Fact]
    public async Task Instances_are_listed_per_key_read_and_renamed()
    {
        var (business, _, key) = await KeyAsync(Factory);
        var first = await ActivateAsync(Factory, key.Key, "Old name");
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await ActivateAsync(Factory, key.Key, "Other");
        var (client, _) = await ApiClientAsync(business: business);
        using (client)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/license_key_instances?license_key_id={key.Id}&page_size=1&page_number=1");
            Assert.Equal(first.Instance.Id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

            var renamed = await client.PatchAsJsonAsync($"/license_key_instances/{first.Instance.Id}", new { name = "  Studio iMac  " });
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
            Assert.Equal("Studio iMac", (await client.GetFromJsonAsync<JsonElement>($"/license_key_instances/{first.Instance.Id}")).GetProperty("name").GetString());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PatchAsJsonAsync($"/license_key_instances/{first.Instance.Id}", new { name = "" })).StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PatchAsJsonAsync($"/license_key_instances/{first.Instance.Id}", new { name = (string?)null })).StatusCode);
            var instance = await client.GetFromJsonAsync<JsonElement>($"/license_key_instances/{first.Instance.Id}");
            Assert.Equal((key.Id, business.Value), (instance.GetProperty("license_key_id").GetString(), instance.GetProperty("business_id").GetString()));
        }
    }

    private static async Task<JsonElement> PatchAsync(HttpClient client, string keyId, string body)
    {
        var response = await client.PatchAsync($"/license_keys/{keyId}", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
