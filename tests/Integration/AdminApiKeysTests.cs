using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed partial class AdminApiKeysTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_created_key_is_shown_once_and_authenticates_the_api()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await CreateKeyAsync(admin, "Web shop");
        var html = await created.Content.ReadAsStringAsync();
        var key = TestKey().Match(html).Value;
        var (_, list) = await admin.GetAsync("/admin/api-keys?mode=test");
        var read = await ApiWith(key).GetAsync($"/customers/{customer}");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.NotEmpty(key);
        Assert.Contains("This is the only time the key is shown.", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"created-key\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        Assert.Contains("Web shop", list, StringComparison.Ordinal);
        Assert.Contains(key[^4..], list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_key_created_in_live_mode_reads_live_customers_only()
    {
        var business = await CreateBusinessAsync();
        var live = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live);
        var test = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Test);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await CreateKeyAsync(admin, "Production", mode: "live");
        var key = LiveKey().Match(await created.Content.ReadAsStringAsync()).Value;
        var (_, testList) = await admin.GetAsync("/admin/api-keys?mode=test");

        Assert.NotEmpty(key);
        Assert.Equal(HttpStatusCode.OK, (await ApiWith(key).GetAsync($"/customers/{live}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ApiWith(key).GetAsync($"/customers/{test}")).StatusCode);
        Assert.DoesNotContain("Production", testList, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("name\u0007with a bell")]
    public async Task A_key_without_a_valid_name_is_refused_and_none_is_created(string name)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await CreateKeyAsync(admin, name);
        var html = await created.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
        Assert.Contains("Enter a name of 1 to 100 characters.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"key-name-error key-name-hint\"", html, StringComparison.Ordinal);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.api_keys"));
    }

    [Fact]
    public async Task Revoking_after_the_confirmation_step_makes_the_key_fail_at_once()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var key = await CreateApiKeyAsync(business);
        var id = await KeyIdAsync(business);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var api = ApiWith(key);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/customers/{customer}")).StatusCode);

        var (confirmPage, confirmHtml) = await admin.GetAsync($"/admin/api-keys/{id}/revoke?mode=test");
        var revoked = await admin.SubmitFormAsync($"/admin/api-keys/{id}/revoke?mode=test");
        var (_, list) = await admin.GetAsync(AdminArea.LocationOf(revoked));

        Assert.Equal(HttpStatusCode.OK, confirmPage.StatusCode);
        Assert.Contains("This cannot be undone", confirmHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("/admin/api-keys?mode=test", AdminArea.LocationOf(revoked));
        Assert.Contains("is revoked: it no longer works.", list, StringComparison.Ordinal);
        Assert.Contains("Revoked on", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/customers/{customer}")).StatusCode);
    }

    [Fact]
    public async Task Revoking_a_key_of_another_business_is_not_found_and_the_key_keeps_working()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync(name: "Other Shop");
        var foreignCustomer = await AdminArea.CreateCustomerAsync(Factory, other, "mallory@example.com", "Mallory");
        var foreignKey = await CreateApiKeyAsync(other);
        var foreignId = await KeyIdAsync(other);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (page, _) = await admin.GetAsync($"/admin/api-keys/{foreignId}/revoke?mode=test");
        var revoked = await admin.SubmitFormAsync("/admin/api-keys", action: $"/admin/api-keys/{foreignId}/revoke?mode=test");
        var (_, list) = await admin.GetAsync("/admin/api-keys?mode=test");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Contains("No API keys in this mode yet.", list, StringComparison.Ordinal);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.api_keys WHERE revoked_at IS NOT NULL"));
        Assert.Equal(HttpStatusCode.OK, (await ApiWith(foreignKey).GetAsync($"/customers/{foreignCustomer}")).StatusCode);
    }

    [Fact]
    public async Task Revoking_a_key_of_the_other_mode_is_not_found()
    {
        var business = await CreateBusinessAsync();
        await CreateApiKeyAsync(business, Mode.Live);
        var id = await KeyIdAsync(business);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var revoked = await admin.SubmitFormAsync("/admin/api-keys", action: $"/admin/api-keys/{id}/revoke?mode=test");

        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.api_keys WHERE revoked_at IS NOT NULL"));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("0197a5d2-9f8e-7c1b-a000-000000000001")]
    public async Task Revoking_an_unknown_or_malformed_key_id_is_not_found(string id)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (page, _) = await admin.GetAsync($"/admin/api-keys/{id}/revoke");
        var revoked = await admin.SubmitFormAsync("/admin/api-keys", action: $"/admin/api-keys/{id}/revoke");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
    }

    private static Task<HttpResponseMessage> CreateKeyAsync(PortalPages admin, string name, string mode = "test") =>
        admin.SubmitFormAsync($"/admin/api-keys?mode={mode}", new Dictionary<string, string> { ["KeyName"] = name }, $"/admin/api-keys?mode={mode}");

    private HttpClient ApiWith(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private Task<Guid> KeyIdAsync(BusinessId business) =>
        Database.ScalarAsync<Guid>(Factory, $"SELECT id FROM identity.api_keys WHERE business_id = '{business}'");

    [GeneratedRegex("sk_test_[A-Za-z0-9_-]{43}")]
    private static partial Regex TestKey();

    [GeneratedRegex("sk_live_[A-Za-z0-9_-]{43}")]
    private static partial Regex LiveKey();
}
