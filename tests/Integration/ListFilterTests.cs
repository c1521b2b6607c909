using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>
/// Every list of the JSON API applies each filter it takes and refuses every other with 422 <c>UNSUPPORTED_FILTER</c>
/// naming it (issue 21): a filter silently ignored would answer a wrong list as if it were right.
/// </summary>
public sealed class ListFilterTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Each list with the filters it takes, as a query with a plausible value for each.</summary>
    public static TheoryData<string, string> Taken => new()
    {
        { "/payments", "customer_id=cus_x&subscription_id=sub_x&status=succeeded&product_id=pdt_x&currency=EUR&created_at_gte=2026-01-01T00:00:00Z&created_at_lte=2027-01-01T00:00:00Z" },
        { "/subscriptions", "customer_id=cus_x&status=active&product_id=pdt_x&created_at_gte=2026-01-01T00:00:00Z&created_at_lte=2027-01-01T00:00:00Z&cancel_at_next_billing_date=true" },
        { "/products", "recurring=true&archived=false" },
        { "/product-collections", "archived=false" },
        { "/license_keys", "customer_id=cus_x&product_id=pdt_x&status=active&created_at_gte=2026-01-01T00:00:00Z&created_at_lte=2027-01-01T00:00:00Z" },
        { "/license_key_instances", "license_key_id=lic_x&grant_id=" },
        { "/customers", "email=ada@example.com&name=Ada&created_at_gte=2026-01-01T00:00:00Z&created_at_lte=2027-01-01T00:00:00Z" },
        { "/webhooks", "limit=5" },
        { "/refunds", "customer_id=cus_x&subscription_id=sub_x&status=pending&created_at_gte=2026-01-01T00:00:00Z&created_at_lte=2027-01-01T00:00:00Z" },
    };

    /// <summary>Dodo's filters each list does not apply here, and a name no list knows.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "/payments", "brand_id" },
        { "/payments", "paid_after" },
        { "/subscriptions", "brand_id" },
        { "/subscriptions", "Status" },
        { "/products", "brand_id" },
        { "/product-collections", "brand_id" },
        { "/license_keys", "source" },
        { "/license_keys", "customer" },
        { "/license_key_instances", "key_id" },
        { "/customers", "phone_number" },
        { "/webhooks", "filter_types" },
        { "/refunds", "payment_id" },
    };

    [Theory]
    [MemberData(nameof(Taken))]
    public async Task A_list_takes_each_of_its_filters(string list, string query)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync($"{list}?{query}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_list_refuses_a_filter_it_does_not_apply_naming_it(string list, string filter)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync($"{list}?{filter}=x");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UNSUPPORTED_FILTER", error.GetProperty("code").GetString());
        Assert.Contains(filter, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/payments?currency=EURO", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/payments?created_at_gte=soon", HttpStatusCode.BadRequest)]
    [InlineData("/payments?created_at_gte=2027-01-01T00:00:00Z&created_at_lte=2026-01-01T00:00:00Z", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/license_key_instances?grant_id=g1", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/subscriptions?cancel_at_next_billing_date=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/subscriptions?created_at_gte=2027-01-01T00:00:00Z&created_at_lte=2026-01-01T00:00:00Z", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/license_keys?created_at_lte=never", HttpStatusCode.BadRequest)]
    public async Task A_filter_with_a_bad_value_is_a_4xx(string request, HttpStatusCode status)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync(request);

        Assert.Equal(status, response.StatusCode);
    }
}
