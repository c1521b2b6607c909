using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.ProductArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary><c>GET /product-collections</c> and <c>GET /product-collections/{id}</c> in the Dodo shape: one group, products in tier order.</summary>
public sealed class ProductCollectionsApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_collection_reads_back_with_its_products_in_tier_order()
    {
        var (api, business) = await ApiClientAsync();
        var basic = await CreateAsync(Factory, business, Monthly("Basic", 900));
        var pro = await CreateAsync(Factory, business, Monthly("Pro", 2_500));
        var team = await CreateAsync(Factory, business, Monthly("Team", 9_900));
        var created = await CreateCollectionAsync(Factory, business, "Plans", [basic.Id, team.Id, pro.Id]);
        await ArchiveAsync(Factory, business, team.Id);

        var collection = await api.GetFromJsonAsync<JsonElement>($"/product-collections/{created.Id}");

        Assert.Equal(created.Id, collection.GetProperty("id").GetString());
        Assert.Equal(business.Value, collection.GetProperty("brand_id").GetString());
        Assert.Equal("Plans", collection.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, collection.GetProperty("description").ValueKind);
        Assert.True(DateTimeOffset.TryParse(collection.GetProperty("created_at").GetString(), out _));
        var group = Assert.Single(collection.GetProperty("groups").EnumerateArray());
        Assert.True(group.GetProperty("status").GetBoolean());
        var products = group.GetProperty("products").EnumerateArray().ToList();
        Assert.Equal([basic.Id, team.Id, pro.Id], products.Select(p => p.GetProperty("product_id").GetString()));
        Assert.Equal("Basic", products[0].GetProperty("name").GetString());
        Assert.Equal(900, products[0].GetProperty("price").GetInt64());
        Assert.Equal("EUR", products[0].GetProperty("currency").GetString());
        Assert.Equal("recurring_price", products[0].GetProperty("price_detail").GetProperty("type").GetString());
        Assert.True(products[0].GetProperty("is_recurring").GetBoolean());
        Assert.True(products[0].GetProperty("status").GetBoolean());
        Assert.False(products[1].GetProperty("status").GetBoolean());
    }

    [Fact]
    public async Task The_list_counts_products_newest_first_and_answers_empty_past_the_end()
    {
        var (api, business) = await ApiClientAsync();
        var a = await CreateAsync(Factory, business, Monthly("A"));
        var b = await CreateAsync(Factory, business, Monthly("B"));
        var c = await CreateAsync(Factory, business, Monthly("C"));
        var older = await CreateCollectionAsync(Factory, business, "Older", [a.Id]);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var newer = await CreateCollectionAsync(Factory, business, "Newer", [b.Id, c.Id]);

        var all = await ProductsApiTests.ItemsAsync(api, "/product-collections?page_number=0");
        var second = await ProductsApiTests.ItemsAsync(api, "/product-collections?page_number=1&page_size=1");
        var past = await ProductsApiTests.ItemsAsync(api, "/product-collections?page_number=3&page_size=10");
        var archived = await ProductsApiTests.ItemsAsync(api, "/product-collections?archived=true&page_number=0");

        Assert.Equal([newer.Id, older.Id], all.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(2, all[0].GetProperty("products_count").GetInt32());
        Assert.Equal("Newer", all[0].GetProperty("name").GetString());
        Assert.Equal([older.Id], second.Select(i => i.GetProperty("id").GetString()));
        Assert.Empty(past);
        Assert.Empty(archived);
    }

    [Theory]
    [InlineData("/product-collections?page_size=0")]
    [InlineData("/product-collections?page_size=101")]
    [InlineData("/product-collections?page_number=-1")]
    public async Task Bad_paging_is_refused_with_422(string path)
    {
        var (api, _) = await ApiClientAsync();

        var response = await api.GetAsync(path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Theory]
    [InlineData("pdc_doesnotexist0000000000")]
    [InlineData("not-an-id")]
    [InlineData("pdt_abcdefghijkl")]
    public async Task An_unknown_or_malformed_id_is_not_found(string id)
    {
        var (api, _) = await ApiClientAsync();

        await CustomersApiTests.AssertErrorAsync(await api.GetAsync($"/product-collections/{id}"), HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Collections_of_another_business_or_mode_do_not_exist()
    {
        var (api, business) = await ApiClientAsync();
        var pro = await CreateAsync(Factory, business, Monthly("Pro"));
        var collection = await CreateCollectionAsync(Factory, business, "Plans", [pro.Id]);
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);

        await CustomersApiTests.AssertErrorAsync(await stranger.GetAsync($"/product-collections/{collection.Id}"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await live.GetAsync($"/product-collections/{collection.Id}"), HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Empty(await ProductsApiTests.ItemsAsync(stranger, "/product-collections?page_number=0"));
        Assert.Empty(await ProductsApiTests.ItemsAsync(live, "/product-collections?page_number=0"));
        Assert.Single(await ProductsApiTests.ItemsAsync(api, "/product-collections?page_number=0"));
    }

    [Fact]
    public async Task The_collections_api_needs_a_key()
    {
        var response = await Factory.CreateClient().GetAsync("/product-collections");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
