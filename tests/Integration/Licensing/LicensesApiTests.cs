using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Licensing.LicensingArrangement;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The public license endpoints over HTTP, with no API key: Dodo's shapes, codes and the rate limit.</summary>
public sealed class LicensesApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Activate_answers_201_with_the_instance_then_validate_and_deactivate_work_without_an_api_key()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 1);
        using var client = Factory.CreateClient();

        var activated = await client.PostAsJsonAsync("/test/licenses/activate", new { license_key = key.Key, name = "Ada's laptop" });
        Assert.Equal(HttpStatusCode.Created, activated.StatusCode);
        var instance = await activated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("lki_", instance.GetProperty("id").GetString());
        Assert.Equal(business.Value, instance.GetProperty("business_id").GetString());
        Assert.Equal(key.Id, instance.GetProperty("license_key_id").GetString());
        Assert.Equal("Ada's laptop", instance.GetProperty("name").GetString());
        Assert.Equal(customer.Value, instance.GetProperty("customer").GetProperty("customer_id").GetString());
        Assert.Equal("ada@example.com", instance.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal(key.ProductId, instance.GetProperty("product").GetProperty("product_id").GetString());
        Assert.Equal("Desktop app", instance.GetProperty("product").GetProperty("name").GetString());
        var instanceId = instance.GetProperty("id").GetString()!;

        Assert.True(await ValidAsync(client, new { license_key = key.Key, license_key_instance_id = instanceId }));
        var full = await client.PostAsJsonAsync("/test/licenses/activate", new { license_key = key.Key, name = "Second" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, full.StatusCode);
        Assert.Equal("ACTIVATION_LIMIT_REACHED", (await full.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var deactivated = await client.PostAsJsonAsync("/test/licenses/deactivate", new { license_key = key.Key, license_key_instance_id = instanceId });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False(await ValidAsync(client, new { license_key = key.Key, license_key_instance_id = instanceId }));
        Assert.True(await ValidAsync(client, new { license_key = key.Key }));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/test/licenses/activate", new { license_key = key.Key, name = "Second" })).StatusCode);
    }

    [Fact]
    public async Task A_test_key_is_not_found_on_the_live_endpoints()
    {
        var (_, _, key) = await KeyAsync(Factory);
        using var client = Factory.CreateClient();

        foreach (var path in new[] { "/licenses/validate", "/licenses/activate" })
        {
            var response = await client.PostAsJsonAsync(path, new { license_key = key.Key, name = "x" });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("NOT_FOUND", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM licensing.license_key_instances"));
    }

    [Theory]
    [InlineData("/test/licenses/activate", "")]
    [InlineData("/test/licenses/activate", "not json")]
    [InlineData("/test/licenses/activate", "[]")]
    [InlineData("/test/licenses/activate", "null")]
    [InlineData("/test/licenses/activate", "{}")]
    [InlineData("/test/licenses/activate", "{\"license_key\":12,\"name\":\"x\"}")]
    [InlineData("/test/licenses/activate", "{\"license_key\":\"K\",\"name\":null}")]
    [InlineData("/test/licenses/activate", "{\"license_key\":\"KEY\",\"name\":\"\"}")]
    [InlineData("/test/licenses/deactivate", "{\"license_key\":\"KEY\"}")]
    [InlineData("/test/licenses/deactivate", "{\"license_key\":\"KEY\",\"license_key_instance_id\":\"lki_\\u0000\"}")]
    [InlineData("/test/licenses/validate", "{\"license_key\":{\"a\":1}}")]
    [InlineData("/test/licenses/validate", "{\"license_key\":\"KEY\",\"license_key_instance_id\":7}")]
    [InlineData("/test/licenses/validate", "{\"license_key\":\"\"}")]
    [InlineData("/test/licenses/validate", "{\"license_key\":\"\\ud800\"}")]
    public async Task Malformed_requests_get_a_4xx_and_change_nothing(string path, string body)
    {
        var (_, _, key) = await KeyAsync(Factory);
        using var client = Factory.CreateClient();

        var response = await client.PostAsync(path, new StringContent(body.Replace("KEY", key.Key, StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} {body} answered {(int)response.StatusCode}");
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM licensing.license_key_instances"));
    }

    [Fact]
    public async Task Huge_keys_and_names_are_refused_without_a_server_error()
    {
        var (_, _, key) = await KeyAsync(Factory);
        using var client = Factory.CreateClient();

        var hugeKey = await client.PostAsJsonAsync("/test/licenses/validate", new { license_key = new string('K', 100_000) });
        var hugeName = await client.PostAsJsonAsync("/test/licenses/activate", new { license_key = key.Key, name = new string('n', 10_000) });

        Assert.Equal(HttpStatusCode.NotFound, hugeKey.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, hugeName.StatusCode);
        Assert.Equal("INVALID_INSTANCE_NAME", (await hugeName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Past_the_limit_per_key_and_address_the_answer_is_429_with_retry_after_and_other_keys_still_work()
    {
        await using var host = new PortalFactory(Factory.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Licensing:RateLimits:ValidatePerKeyAndAddress"] = "3",
            ["Licensing:RateLimits:ChangesPerKeyAndAddress"] = "2",
        });
        var (_, _, key) = await KeyAsync(host);
        var (_, _, other) = await KeyAsync(host);
        using var client = host.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/test/licenses/validate", new { license_key = key.Key })).StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/test/licenses/validate", new { license_key = key.Key });
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429, (HttpStatusCode)429], answers);
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("RATE_LIMITED", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/test/licenses/validate", new { license_key = other.Key })).StatusCode);

        var activations = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            activations.Add((await client.PostAsJsonAsync("/test/licenses/activate", new { license_key = other.Key, name = $"PC {i}" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, (HttpStatusCode)429], activations);
        Assert.Equal(2L, await Database.ScalarAsync<long>(host, "SELECT count(*) FROM licensing.license_key_instances"));
    }

    private static async Task<bool> ValidAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/test/licenses/validate", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean();
    }
}
