using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>The endpoints API in Dodo's shape: scoped by the key's business and mode, cursor-paged, bad input → 422, never 5xx.</summary>
public sealed class WebhooksApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string, HttpStatusCode, string> BadBodies => new()
    {
        { "[]", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
        { "{", HttpStatusCode.BadRequest, "INVALID_REQUEST" },
        { "{}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":null}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":42}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"not a url\"}", HttpStatusCode.UnprocessableEntity, "INVALID_URL" },
        { "{\"url\":\"ftp://hooks.example/x\"}", HttpStatusCode.UnprocessableEntity, "INVALID_URL" },
        { "{\"url\":\"https://user:pass@hooks.example/x\"}", HttpStatusCode.UnprocessableEntity, "INVALID_URL" },
        { "{\"url\":\"https://hooks.example/x\",\"filter_types\":[\"payment.refunded.maybe\"]}", HttpStatusCode.UnprocessableEntity, "INVALID_FILTER_TYPE" },
        { "{\"url\":\"https://hooks.example/x\",\"filter_types\":\"payment.succeeded\"}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"https://hooks.example/x\",\"headers\":{\"webhook-signature\":\"v1,forged\"}}", HttpStatusCode.UnprocessableEntity, "RESERVED_HEADER" },
        { "{\"url\":\"https://hooks.example/x\",\"headers\":{\"X Bad\":\"1\"}}", HttpStatusCode.UnprocessableEntity, "INVALID_HEADER" },
        { "{\"url\":\"https://hooks.example/x\",\"headers\":{\"X-Ok\":\"a\\r\\nInjected: 1\"}}", HttpStatusCode.UnprocessableEntity, "INVALID_HEADER" },
        { "{\"url\":\"https://hooks.example/x\",\"headers\":{\"X-Ok\":7}}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"https://hooks.example/x\",\"rate_limit\":0}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"https://hooks.example/x\",\"disabled\":\"yes\"}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"https://hooks.example/x\",\"metadata\":[1]}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"https://hooks.example/x\",\"description\":\"" + new string('d', 501) + "\"}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD" },
        { "{\"url\":\"https://hooks.example/x\",\"surprise\":true}", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD" },
    };

    [Fact]
    public async Task An_endpoint_is_created_read_listed_by_cursor_updated_given_headers_and_deleted()
    {
        var (api, _) = await ApiClientAsync();

        var created = await CreateAsync(api, "{\"url\":\"https://hooks.example/a\",\"description\":\"Orders\",\"filter_types\":[\"payment.succeeded\",\"subscription.on_hold\"],\"metadata\":{\"team\":\"billing\"},\"headers\":{\"X-Shop\":\"acme\"}}");
        var others = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            others.Add((await CreateAsync(api, $"{{\"url\":\"https://hooks.example/{i}\"}}")).GetProperty("id").GetString()!);
        }

        var id = created.GetProperty("id").GetString()!;
        var first = await api.GetFromJsonAsync<JsonElement>("/webhooks?limit=2");
        var second = await api.GetFromJsonAsync<JsonElement>($"/webhooks?limit=2&iterator={first.GetProperty("iterator").GetString()}");
        var last = await api.GetFromJsonAsync<JsonElement>($"/webhooks?limit=2&iterator={second.GetProperty("iterator").GetString()}");
        var secret = await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}/secret");
        var updated = await (await api.PatchAsync($"/webhooks/{id}", Json("{\"disabled\":true,\"filter_types\":null,\"rate_limit\":50}"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NoContent, (await api.PatchAsync($"/webhooks/{id}/headers", Json("{\"headers\":{\"X-Shop\":\"\",\"X-Region\":\"eu\"}}"))).StatusCode);
        var headers = await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}/headers");
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/webhooks/{id}")).StatusCode);

        Assert.StartsWith("whk_", id);
        Assert.Equal("Orders", created.GetProperty("description").GetString());
        Assert.Equal(["payment.succeeded", "subscription.on_hold"], created.GetProperty("filter_types").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal("billing", created.GetProperty("metadata").GetProperty("team").GetString());
        Assert.Equal([id, others[0]], Ids(first));
        Assert.Equal(others[1..3], Ids(second));
        Assert.Equal([others[3]], Ids(last));
        Assert.False(first.GetProperty("done").GetBoolean());
        Assert.True(last.GetProperty("done").GetBoolean());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("iterator").ValueKind);
        Assert.Matches("^whsec_[A-Za-z0-9+/]{32}$", secret.GetProperty("secret").GetString()!);
        Assert.True(updated.GetProperty("disabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("filter_types").ValueKind);
        Assert.Equal(50, updated.GetProperty("rate_limit").GetInt32());
        Assert.Equal("{\"X-Region\":\"eu\"}", headers.GetProperty("headers").GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/webhooks/{id}")).StatusCode);
        Assert.Equal(4, (await api.GetFromJsonAsync<JsonElement>("/webhooks")).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task The_secret_is_stored_encrypted_and_an_idempotency_key_answers_the_first_endpoint()
    {
        var (api, _) = await ApiClientAsync();

        var first = await CreateAsync(api, "{\"url\":\"https://hooks.example/a\",\"idempotency_key\":\"create-1\"}");
        var again = await CreateAsync(api, "{\"url\":\"https://hooks.example/a\",\"idempotency_key\":\"create-1\"}");
        var secret = (await api.GetFromJsonAsync<JsonElement>($"/webhooks/{first.GetProperty("id").GetString()}/secret")).GetProperty("secret").GetString()!;

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.endpoints"));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM webhooks.endpoints WHERE protected_secret LIKE '%{secret[6..]}%'"));
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_are_refused_with_a_code_and_create_nothing(string body, HttpStatusCode status, string code)
    {
        var (api, _) = await ApiClientAsync();

        await CustomersApiTests.AssertErrorAsync(await api.PostAsync("/webhooks", Json(body)), status, code);

        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.endpoints"));
    }

    [Fact]
    public async Task A_business_has_at_most_twenty_endpoints_per_mode_even_when_created_at_once()
    {
        var (api, business) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => api.PostAsync("/webhooks", Json($"{{\"url\":\"https://hooks.example/{i}\"}}"))));
        var liveOne = await live.PostAsync("/webhooks", Json("{\"url\":\"https://hooks.example/live\"}"));

        Assert.Equal(20, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.StatusCode));
        Assert.Equal(HttpStatusCode.OK, liveOne.StatusCode);
    }

    [Fact]
    public async Task Another_business_or_mode_sees_no_endpoint_of_this_one()
    {
        var (api, business) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);
        var (stranger, _) = await ApiClientAsync();
        var id = (await CreateAsync(api, "{\"url\":\"https://hooks.example/a\"}")).GetProperty("id").GetString()!;

        foreach (var other in new[] { live, stranger })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/webhooks/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/webhooks/{id}/secret")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/webhooks/{id}/headers")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PatchAsync($"/webhooks/{id}", Json("{\"disabled\":true}"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PatchAsync($"/webhooks/{id}/headers", Json("{\"headers\":{\"X-A\":\"b\"}}"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/webhooks/{id}")).StatusCode);
            Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/webhooks")).GetProperty("data").GetArrayLength());
        }

        Assert.False((await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}")).GetProperty("disabled").GetBoolean());
    }

    private static IEnumerable<string> Ids(JsonElement page) => page.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString()!);

    private static async Task<JsonElement> CreateAsync(HttpClient api, string body)
    {
        var response = await api.PostAsync("/webhooks", Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
