using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>
/// Page numbers and sizes of every list, in the JSON API and on the pages: out of range is the caller's
/// mistake, answered with a field error, never a server error.
/// </summary>
public sealed class ListPagingTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly string[] ApiLists = ["/payments", "/subscriptions", "/products", "/product-collections", "/license_keys", "/license_key_instances", "/customers", "/refunds"];

    public static TheoryData<string, string, string> OutOfRange()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var list in ApiLists)
        {
            cases.Add(list, "page_number=2147483647", "page_number");
            cases.Add(list, "page_number=1000001", "page_number");
            cases.Add(list, "page_number=-1", "page_number");
            cases.Add(list, "page_number=-2147483648", "page_number");
            cases.Add(list, "page_number=30000000&page_size=100", "page_number");
            cases.Add(list, "page_size=2147483647", "page_size");
            cases.Add(list, "page_size=0", "page_size");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Every_api_list_refuses_a_page_out_of_range_with_a_field_error(string list, string paging, string field)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync($"{list}?{paging}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("VALIDATION_ERROR", error.GetProperty("code").GetString());
        var fieldError = Assert.Single(error.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, fieldError.GetProperty("field").GetString());
        Assert.StartsWith($"{field} must be between ", fieldError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_allowed_page_is_an_empty_list_and_the_first_page_still_lists()
    {
        var (api, business) = await ApiClientAsync();
        var plan = await SubscriptionArrangement.PlanAsync(Factory, business);

        foreach (var list in ApiLists)
        {
            var last = await api.GetAsync($"{list}?page_number=1000000&page_size=100");
            Assert.Equal(HttpStatusCode.OK, last.StatusCode);
            Assert.Empty((await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        }

        var first = await api.GetFromJsonAsync<JsonElement>("/products?page_number=0&page_size=1");
        Assert.Equal(plan.Id, Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("product_id").GetString());
    }

    [Fact]
    public async Task A_page_number_beyond_an_int_is_a_bad_request_not_a_server_error()
    {
        var (api, _) = await ApiClientAsync();

        foreach (var list in ApiLists)
        {
            var response = await api.GetAsync($"{list}?page_number=99999999999");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("INVALID_REQUEST", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("99999999999")]
    [InlineData("-2147483648")]
    public async Task Paged_admin_and_portal_pages_show_a_page_for_any_page_number(string page)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);
        var (_, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, business: business);
        var portal = await Licensing.LicensingArrangement.SignInAsync(Factory, business, customer);

        string[] adminLists = ["/admin/customers", "/admin/products", "/admin/product-collections", "/admin/subscriptions", "/admin/license-keys"];
        foreach (var list in adminLists)
        {
            var (response, _) = await admin.GetAsync($"{list}?page={page}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}?page={page} answered {(int)response.StatusCode}");
        }

        foreach (var list in new[] { "/test/portal/invoices", "/test/portal/subscriptions" })
        {
            var (response, _) = await portal.GetAsync($"{list}?page={page}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}?page={page} answered {(int)response.StatusCode}");
        }
    }
}
