using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.ProductArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary><c>GET /products</c> and <c>GET /products/{id}</c> in the Dodo shape, with filters, paging and tenancy.</summary>
public sealed class ProductsApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_one_time_product_reads_back_in_the_dodo_shape()
    {
        var (api, business) = await ApiClientAsync();
        var created = await CreateAsync(Factory, business, OneTime("E-book", 1_500));

        var product = await api.GetFromJsonAsync<JsonElement>($"/products/{created.Id}");

        Assert.Equal(created.Id, product.GetProperty("product_id").GetString());
        Assert.Equal(business.Value, product.GetProperty("business_id").GetString());
        Assert.Equal(business.Value, product.GetProperty("brand_id").GetString());
        Assert.Equal("E-book", product.GetProperty("name").GetString());
        Assert.Equal("A book to download", product.GetProperty("description").GetString());
        Assert.False(product.GetProperty("is_recurring").GetBoolean());
        Assert.False(product.GetProperty("license_key_enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("license_key_duration").ValueKind);
        Assert.Equal("digital_products", product.GetProperty("tax_category").GetString());
        Assert.Equal(JsonValueKind.Array, product.GetProperty("entitlements").ValueKind);
        Assert.Equal(JsonValueKind.Object, product.GetProperty("metadata").ValueKind);
        var price = product.GetProperty("price");
        Assert.Equal("one_time_price", price.GetProperty("type").GetString());
        Assert.Equal(1_500, price.GetProperty("price").GetInt64());
        Assert.Equal("EUR", price.GetProperty("currency").GetString());
        Assert.False(price.GetProperty("tax_inclusive").GetBoolean());
        Assert.False(price.TryGetProperty("payment_frequency_interval", out _));
        Assert.True(DateTimeOffset.TryParse(product.GetProperty("created_at").GetString(), out _));
    }

    [Fact]
    public async Task A_subscription_says_its_frequency_term_and_license_terms()
    {
        var (api, business) = await ApiClientAsync();
        var yearlyTerm = await CreateAsync(Factory, business, Monthly("Pro plan", 2_500, termPeriods: 12));
        var openEnded = await CreateAsync(
            Factory, business, new("Team plan", null, "subscription", 9_900, "USD", 0, "week", 2, null, true, null, null));

        var termed = await api.GetFromJsonAsync<JsonElement>($"/products/{yearlyTerm.Id}");
        var forever = await api.GetFromJsonAsync<JsonElement>($"/products/{openEnded.Id}");

        Assert.True(termed.GetProperty("is_recurring").GetBoolean());
        var price = termed.GetProperty("price");
        Assert.Equal("recurring_price", price.GetProperty("type").GetString());
        Assert.Equal(2_500, price.GetProperty("price").GetInt64());
        Assert.Equal("Month", price.GetProperty("payment_frequency_interval").GetString());
        Assert.Equal(1, price.GetProperty("payment_frequency_count").GetInt32());
        Assert.Equal("Month", price.GetProperty("subscription_period_interval").GetString());
        Assert.Equal(12, price.GetProperty("subscription_period_count").GetInt32());
        Assert.True(termed.GetProperty("license_key_enabled").GetBoolean());
        Assert.Equal(3, termed.GetProperty("license_key_activations_limit").GetInt32());
        Assert.Equal(365, termed.GetProperty("license_key_duration").GetProperty("count").GetInt32());
        Assert.Equal("Day", termed.GetProperty("license_key_duration").GetProperty("interval").GetString());

        var open = forever.GetProperty("price");
        Assert.Equal("Week", open.GetProperty("payment_frequency_interval").GetString());
        Assert.Equal(2, open.GetProperty("payment_frequency_count").GetInt32());
        Assert.Equal("Year", open.GetProperty("subscription_period_interval").GetString());
        Assert.Equal(10, open.GetProperty("subscription_period_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, forever.GetProperty("license_key_activations_limit").ValueKind);
        Assert.Equal(JsonValueKind.Null, forever.GetProperty("license_key_duration").ValueKind);
    }

    [Fact]
    public async Task A_usage_based_product_has_a_fixed_price_per_period()
    {
        var (api, business) = await ApiClientAsync();
        var created = await CreateAsync(Factory, business, new("API calls", null, "usage_based", 500, "EUR", 2_200, "month", 1, null, false, null, null));

        var price = (await api.GetFromJsonAsync<JsonElement>($"/products/{created.Id}")).GetProperty("price");

        Assert.Equal("usage_based_price", price.GetProperty("type").GetString());
        Assert.Equal(500, price.GetProperty("fixed_price").GetInt64());
        Assert.Equal("Month", price.GetProperty("payment_frequency_interval").GetString());
        Assert.Equal(JsonValueKind.Array, price.GetProperty("meters").ValueKind);
    }

    [Fact]
    public async Task The_list_is_newest_first_with_the_price_flat_and_in_detail()
    {
        var (api, business) = await ApiClientAsync();
        var older = await CreateAsync(Factory, business, OneTime("E-book", 1_500));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var newer = await CreateAsync(Factory, business, Monthly("Pro plan", 2_500));

        var items = await ItemsAsync(api, "/products?page_number=0");

        Assert.Equal([newer.Id, older.Id], items.Select(i => i.GetProperty("product_id").GetString()));
        Assert.Equal(2_500, items[0].GetProperty("price").GetInt64());
        Assert.Equal("EUR", items[0].GetProperty("currency").GetString());
        Assert.Equal("recurring_price", items[0].GetProperty("price_detail").GetProperty("type").GetString());
        Assert.False(items[0].GetProperty("tax_inclusive").GetBoolean());
        Assert.True(items[0].GetProperty("is_recurring").GetBoolean());
        Assert.Equal("digital_products", items[1].GetProperty("tax_category").GetString());
    }

    [Fact]
    public async Task The_list_filters_by_recurring_and_archived_pages_from_zero_and_answers_empty_past_the_end()
    {
        var (api, business) = await ApiClientAsync();
        var ebook = await CreateAsync(Factory, business, OneTime("E-book"));
        var pro = await CreateAsync(Factory, business, Monthly("Pro plan"));
        var retired = await CreateAsync(Factory, business, Monthly("Old plan"));
        await ArchiveAsync(Factory, business, retired.Id);
        for (var i = 0; i < 3; i++)
        {
            Factory.Time.Advance(TimeSpan.FromSeconds(1));
            await CreateAsync(Factory, business, OneTime($"Extra {i}"));
        }

        var onSale = await ItemsAsync(api, "/products?page_number=0&page_size=100");
        var recurring = await ItemsAsync(api, "/products?recurring=true&page_number=0");
        var oneTime = await ItemsAsync(api, "/products?recurring=false&page_number=0");
        var archived = await ItemsAsync(api, "/products?archived=true&page_number=0");
        var secondPage = await ItemsAsync(api, "/products?page_number=1&page_size=3");
        var defaultPage = await ItemsAsync(api, "/products");
        var pastTheEnd = await ItemsAsync(api, "/products?page_number=9&page_size=10");

        Assert.Equal(5, onSale.Count);
        Assert.DoesNotContain(retired.Id, onSale.Select(Id));
        Assert.Equal([pro.Id], recurring.Select(Id));
        Assert.Equal(4, oneTime.Count);
        Assert.Contains(ebook.Id, oneTime.Select(Id));
        Assert.Equal([retired.Id], archived.Select(Id));
        Assert.Equal(2, secondPage.Count);
        Assert.Equal(5, defaultPage.Count);
        Assert.Empty(pastTheEnd);
    }

    [Theory]
    [InlineData("/products?page_size=0")]
    [InlineData("/products?page_size=101")]
    [InlineData("/products?page_number=-1")]
    public async Task Bad_paging_is_refused_with_422(string path)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync(path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("VALIDATION_ERROR", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/products?page_size=abc")]
    [InlineData("/products?recurring=maybe")]
    public async Task Unreadable_parameters_are_a_client_error(string path)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{path} answered {response.StatusCode}");
    }

    [Theory]
    [InlineData("pdt_doesnotexist0000000000")]
    [InlineData("not-an-id")]
    [InlineData("pdc_abcdefghijkl")]
    [InlineData("pdt_%2F..%2Fx")]
    public async Task An_unknown_or_malformed_id_is_not_found(string id)
    {
        var (api, _) = await ApiClientAsync();

        await CustomersApiTests.AssertErrorAsync(await api.GetAsync($"/products/{id}"), HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Products_of_another_business_or_mode_do_not_exist()
    {
        var (api, business) = await ApiClientAsync();
        var testProduct = await CreateAsync(Factory, business, Monthly("Pro plan"));
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);

        await CustomersApiTests.AssertErrorAsync(await stranger.GetAsync($"/products/{testProduct.Id}"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await live.GetAsync($"/products/{testProduct.Id}"), HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Empty(await ItemsAsync(stranger, "/products?page_number=0"));
        Assert.Empty(await ItemsAsync(live, "/products?page_number=0"));
        Assert.Single(await ItemsAsync(api, "/products?page_number=0"));
    }

    [Fact]
    public async Task The_products_api_needs_a_key()
    {
        var response = await Factory.CreateClient().GetAsync("/products");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static async Task<List<JsonElement>> ItemsAsync(HttpClient api, string path) =>
        [.. (await api.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray()];

    private static string? Id(JsonElement item) => item.GetProperty("product_id").GetString();
}
