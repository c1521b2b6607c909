using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class CustomersApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Creates_a_customer_and_reads_it_back_in_the_dodo_shape()
    {
        var (api, business) = await ApiClientAsync();

        var created = await api.PostAsJsonAsync("/customers", new { email = "ada@example.com", name = "Ada Lovelace", phone_number = "+44 20 7946 0001", metadata = new { crmId = "42" } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("customer_id").GetString()!;
        Assert.StartsWith("cus_", id, StringComparison.Ordinal);
        Assert.Equal(business.Value, body.GetProperty("business_id").GetString());
        Assert.Equal("Ada Lovelace", body.GetProperty("name").GetString());
        Assert.Equal("42", body.GetProperty("metadata").GetProperty("crmId").GetString());

        var read = await api.GetFromJsonAsync<JsonElement>($"/customers/{id}");
        Assert.Equal("ada@example.com", read.GetProperty("email").GetString());
        Assert.Equal("+44 20 7946 0001", read.GetProperty("phone_number").GetString());
        Assert.Equal(body.GetProperty("created_at").GetString(), read.GetProperty("created_at").GetString());
    }

    [Fact]
    public async Task Creating_the_same_email_again_returns_the_existing_customer()
    {
        var (api, _) = await ApiClientAsync();
        var first = await (await api.PostAsJsonAsync("/customers", new { email = "ada@example.com", name = "Ada" })).Content.ReadFromJsonAsync<JsonElement>();

        var second = await (await api.PostAsJsonAsync("/customers", new { email = "  ADA@Example.com ", name = "Someone else" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(first.GetProperty("customer_id").GetString(), second.GetProperty("customer_id").GetString());
        Assert.Equal("Ada", second.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Concurrent_creates_of_one_new_email_make_one_customer_and_no_server_error()
    {
        var (api, _) = await ApiClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => api.PostAsJsonAsync("/customers", new { email = "race@example.com", name = "Racer" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"Got {(int)r.StatusCode}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(1, await CountCustomersAsync());
    }

    [Fact]
    public async Task Refuses_a_request_without_an_api_key()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/customers", new { email = "ada@example.com", name = "Ada" });

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Theory]
    [InlineData("sk_test_unknown")]
    [InlineData("")]
    public async Task Refuses_an_unknown_api_key(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + key);

        await AssertErrorAsync(await client.GetAsync("/customers/cus_abcdefghijkl"), HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Theory]
    [InlineData("cus_doesnotexist00000000000")]
    [InlineData("not-an-id")]
    [InlineData("bus_acmedemo0001")]
    public async Task Answers_404_with_a_code_for_an_unknown_customer(string id)
    {
        var (api, _) = await ApiClientAsync();

        await AssertErrorAsync(await api.GetAsync($"/customers/{id}"), HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Another_business_cannot_see_the_customer()
    {
        var (owner, _) = await ApiClientAsync();
        var (stranger, _) = await ApiClientAsync();
        var id = await CreateCustomerAsync(owner);

        await AssertErrorAsync(await stranger.GetAsync($"/customers/{id}"), HttpStatusCode.NotFound, "NOT_FOUND");
        await AssertErrorAsync(await stranger.PostAsync($"/customers/{id}/customer-portal/session", null), HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task A_test_mode_key_cannot_see_a_live_customer_of_the_same_business()
    {
        var (live, business) = await ApiClientAsync(Mode.Live);
        var (test, _) = await ApiClientAsync(Mode.Test, business);
        var id = await CreateCustomerAsync(live);

        await AssertErrorAsync(await test.GetAsync($"/customers/{id}"), HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("{\"email\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"email\": 12, \"name\": true}")]
    public async Task Refuses_malformed_json_with_400_and_creates_nothing(string json)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.PostAsync("/customers", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal(0, await CountCustomersAsync());
    }

    [Theory]
    [InlineData("not-an-email", "Ada")]
    [InlineData("ada@example.com", "")]
    [InlineData("ada@example.com", "Ada\u0000Lovelace")]
    public async Task Refuses_invalid_input_with_422_and_creates_nothing(string email, string name)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.PostAsJsonAsync("/customers", new { email, name });

        await AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        Assert.Equal(0, await CountCustomersAsync());
    }

    [Fact]
    public async Task The_list_and_the_update_never_reach_another_business_or_mode()
    {
        var (owner, business) = await ApiClientAsync();
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);
        var id = await CreateCustomerAsync(owner);
        await CreateCustomerAsync(stranger, name: "Stranger's Ada");

        var mine = await ListAsync(owner, "?email=ada@example.com");
        var theirs = await ListAsync(stranger, "?email=ada@example.com");
        var inLive = await ListAsync(live, "?email=ada@example.com");
        var forged = await stranger.PatchAsJsonAsync($"/customers/{id}", new { name = "Taken over" });

        Assert.Equal([id], mine.Select(c => c.GetProperty("customer_id").GetString()));
        Assert.Equal(["Stranger's Ada"], theirs.Select(c => c.GetProperty("name").GetString()));
        Assert.Empty(inLive);
        await AssertErrorAsync(forged, HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal("Ada Lovelace", await Database.ScalarAsync<string>(Factory, $"SELECT name FROM identity.customers WHERE id = '{id}'"));
    }

    [Fact]
    public async Task The_list_is_newest_first_and_its_creation_bounds_include_their_instant()
    {
        var (api, _) = await ApiClientAsync();
        var first = await CreateCustomerAsync(api, "first@example.com", "Zoe First");
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await CreateCustomerAsync(api, "second@example.com", "ZOE Second");
        var secondCreated = Uri.EscapeDataString((await ListAsync(api, "?email=second@example.com"))[0].GetProperty("created_at").GetString()!);

        var byName = await ListAsync(api, "?name=zoe");
        var fromSecond = await ListAsync(api, $"?created_at_gte={secondCreated}");
        var untilSecond = await ListAsync(api, $"?created_at_lte={secondCreated}");
        var secondPage = await ListAsync(api, "?name=zoe&page_size=1&page_number=1");

        Assert.Equal([second, first], byName.Select(c => c.GetProperty("customer_id").GetString()));
        Assert.Equal([second], fromSecond.Select(c => c.GetProperty("customer_id").GetString()));
        Assert.Equal([second, first], untilSecond.Select(c => c.GetProperty("customer_id").GetString()));
        Assert.Equal([first], secondPage.Select(c => c.GetProperty("customer_id").GetString()));
    }

    [Theory]
    [InlineData("?brand_id=b", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FILTER")]
    [InlineData("?email=a@example.com&Status=x", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FILTER")]
    [InlineData("?page_size=0", HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR")]
    [InlineData("?page_size=101", HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR")]
    [InlineData("?created_at_gte=yesterday", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("?created_at_gte=2026-12-02T00:00:00Z&created_at_lte=2026-12-01T00:00:00Z", HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR")]
    public async Task A_bad_list_request_is_a_4xx_with_a_code(string query, HttpStatusCode status, string code)
    {
        var (api, _) = await ApiClientAsync();

        await AssertErrorAsync(await api.GetAsync("/customers" + query), status, code);
    }

    [Theory]
    [InlineData("{\"name\": null}", HttpStatusCode.UnprocessableEntity, "FIELD_NOT_CLEARABLE")]
    [InlineData("{\"name\": \"Ada\\u0000\"}", HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR")]
    [InlineData("{\"phone_number\": \"call me\"}", HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR")]
    [InlineData("{\"metadata\": [1]}", HttpStatusCode.UnprocessableEntity, "INVALID_FIELD")]
    [InlineData("{\"address\": \"Via Roma\"}", HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD")]
    [InlineData("{\"email\": \"someone.else@example.com\"}", HttpStatusCode.UnprocessableEntity, "EMAIL_CHANGE_NOT_SUPPORTED")]
    [InlineData("[1]", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("{\"name\":", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    public async Task A_bad_update_is_a_4xx_with_a_code_and_changes_nothing(string json, HttpStatusCode status, string code)
    {
        var (api, _) = await ApiClientAsync();
        var id = await CreateCustomerAsync(api);

        var response = await api.PatchAsync($"/customers/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, status, code);
        Assert.Equal("Ada Lovelace|ada@example.com", await Database.ScalarAsync<string>(Factory, $"SELECT name || '|' || email FROM identity.customers WHERE id = '{id}'"));
    }

    [Fact]
    public async Task An_unknown_route_is_a_json_404()
    {
        var (api, _) = await ApiClientAsync();

        await AssertErrorAsync(await api.GetAsync("/no-such-resource"), HttpStatusCode.NotFound, "NOT_FOUND");
    }

    internal static async Task<string> CreateCustomerAsync(HttpClient api, string email = "ada@example.com", string name = "Ada Lovelace")
    {
        var response = await api.PostAsJsonAsync("/customers", new { email, name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("customer_id").GetString()!;
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("message").GetString()));
    }

    private static async Task<IReadOnlyList<JsonElement>> ListAsync(HttpClient api, string query)
    {
        var response = await api.GetAsync("/customers" + query);
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()];
    }

    private async Task<long> CountCustomersAsync() =>
        await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.customers");
}
