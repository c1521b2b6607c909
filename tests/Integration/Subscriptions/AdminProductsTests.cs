using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.ProductArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>The merchant's product pages: the list, the form (amounts typed in the currency's units), archiving.</summary>
public sealed class AdminProductsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_business_without_products_sees_the_empty_state()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/products");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No products in this mode yet.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/products?mode=test\" aria-current=\"page\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_25_at_a_time_and_the_26th_product_is_on_page_2()
    {
        var business = await CreateBusinessAsync();
        for (var i = 1; i <= 26; i++)
        {
            await CreateAsync(Factory, business, OneTime($"Book {i:00}"));
            Factory.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, first) = await admin.GetAsync("/admin/products?mode=test");
        var (_, second) = await admin.GetAsync("/admin/products?mode=test&page=2");

        Assert.Equal(25, AdminHtml.RowNames(first).Count);
        Assert.Equal("Book 26", AdminHtml.RowNames(first)[0]);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(["Book 01"], AdminHtml.RowNames(second));
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_products_newest_first_with_kind_price_interval_and_archived_badge()
    {
        var business = await CreateBusinessAsync();
        var ebook = await CreateAsync(Factory, business, OneTime("E-book", 1_500));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(Factory, business, new("Quarterly", null, "subscription", 120_000, "JPY", 1_000, "month", 3, 4, false, null, null));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(Factory, business, Monthly("Pro plan", 2_500));
        await ArchiveAsync(Factory, business, ebook.Id);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, html) = await admin.GetAsync("/admin/products?mode=test");

        Assert.Equal(["Pro plan", "Quarterly", "E-book"], ProductNames(html));
        Assert.Contains("€25.00", html, StringComparison.Ordinal);
        Assert.Contains("¥120,000", html, StringComparison.Ordinal);
        Assert.Contains("Every 3 months, ends after 4 payments", html, StringComparison.Ordinal);
        Assert.Contains("Every month", html, StringComparison.Ordinal);
        Assert.Contains("<td>One-time</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge warning\">Archived</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merchant_creates_a_subscription_and_the_price_is_saved_exactly_in_cents()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await CreateThroughFormAsync(admin, new Dictionary<string, string>(ProductFields(price: "12.50"))
        {
            ["Form.TaxRate"] = "5.5",
            ["Form.IntervalCount"] = "2",
            ["Form.IntervalUnit"] = "week",
            ["Form.TermPeriods"] = "6",
            ["Form.LicenseKeys"] = "true",
            ["Form.ActivationLimit"] = "3",
            ["Form.DurationDays"] = "365",
        });
        var (_, list) = await admin.GetAsync(AdminArea.LocationOf(created));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/products?mode=test", AdminArea.LocationOf(created));
        Assert.Contains("&quot;Pro plan&quot; is created.", list, StringComparison.Ordinal);
        var product = Assert.Single(await ProductsAsync(business));
        Assert.Equal(1_250, product.Price);
        Assert.Equal("EUR", product.Currency);
        Assert.Equal(550, product.TaxRateBasisPoints);
        Assert.Equal(ProductKind.Subscription, product.Kind);
        Assert.Equal((IntervalUnit.Week, 2, 6), (product.IntervalUnit, product.IntervalCount, product.TermPeriods));
        Assert.Equal((true, 3, 365), (product.IssuesLicenseKeys, product.LicenseActivationLimit, product.LicenseDurationDays));
    }

    [Theory]
    [InlineData("12.50", "EUR", 1_250)]
    [InlineData("12,5", "EUR", 1_250)]
    [InlineData("0.01", "USD", 1)]
    [InlineData("19.99", "USD", 1_999)]
    [InlineData("1000", "JPY", 1_000)]
    [InlineData("1.234", "KWD", 1_234)]
    [InlineData(" 7 ", "GBP", 700)]
    public async Task The_typed_price_becomes_minor_units_exactly(string typed, string currency, long expected)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await CreateThroughFormAsync(admin, ProductFields(price: typed, currency: currency));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(expected, Assert.Single(await ProductsAsync(business)).Price);
    }

    [Theory]
    [InlineData("12.345", "EUR", "Prices in EUR have at most 2 decimals.")]
    [InlineData("1000.5", "JPY", "Prices in JPY are whole numbers, without decimals.")]
    [InlineData("1000.0", "JPY", "Prices in JPY are whole numbers, without decimals.")]
    [InlineData("1,000.00", "USD", "Enter the price as digits")]
    [InlineData("€12", "EUR", "Enter the price as digits")]
    [InlineData("-5", "EUR", "Enter the price as digits")]
    [InlineData("", "EUR", "Enter the price as digits")]
    [InlineData("0", "EUR", "Enter a price of at least one cent")]
    [InlineData("99999999999999999", "EUR", "Enter a price of at least one cent")]
    [InlineData("12", "XXX", "Choose a currency from the list.")]
    public async Task A_price_that_cannot_be_read_exactly_is_refused_and_nothing_is_created(string typed, string currency, string message)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var response = await CreateThroughFormAsync(admin, ProductFields(price: typed, currency: currency));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Empty(await ProductsAsync(business));
    }

    [Theory]
    [InlineData("Form.Name", "", "product-name", "Enter a name of 1 to 200 characters.")]
    [InlineData("Form.TaxRate", "120", "product-tax", "Enter a rate from 0 to 100")]
    [InlineData("Form.TaxRate", "22.125", "product-tax", "Enter a rate from 0 to 100")]
    [InlineData("Form.IntervalCount", "two", "interval-count", "Enter a whole number, or leave it empty.")]
    [InlineData("Form.IntervalCount", "400", "interval-count", "Enter an interval of 1 to 365 units.")]
    [InlineData("Form.TermPeriods", "0", "term-periods", "Enter 1 to 1000 payments")]
    [InlineData("Form.Kind", "lifetime", "product-kind", "Choose one-time, subscription or usage-based.")]
    public async Task Each_refusal_is_shown_beside_its_field(string field, string value, string fieldId, string message)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var response = await CreateThroughFormAsync(admin, new Dictionary<string, string>(ProductFields()) { [field] = value });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"<p class=\"field-error\" id=\"{fieldId}-error\">{WebUtility.HtmlEncode(message)}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{fieldId}\"", html, StringComparison.Ordinal);
        Assert.Empty(await ProductsAsync(business));
    }

    [Fact]
    public async Task What_does_not_apply_to_a_one_time_product_is_left_aside()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await CreateThroughFormAsync(admin, new Dictionary<string, string>(ProductFields())
        {
            ["Form.Kind"] = "one_time",
            ["Form.IntervalCount"] = "nonsense",
            ["Form.TermPeriods"] = "12",
            ["Form.ActivationLimit"] = "nonsense",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var product = Assert.Single(await ProductsAsync(business));
        Assert.Equal((ProductKind.OneTime, null, null, null), (product.Kind, product.IntervalUnit, product.IntervalCount, product.TermPeriods));
        Assert.False(product.IssuesLicenseKeys);
    }

    [Fact]
    public async Task The_edit_form_shows_the_product_and_saves_a_change()
    {
        var business = await CreateBusinessAsync();
        var product = await CreateAsync(Factory, business, Monthly("Pro plan", 2_550));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var path = $"/admin/products/{product.Id}?mode=test";

        var (_, form) = await admin.GetAsync(path);
        var saved = await admin.SubmitFormAsync(path, new Dictionary<string, string>(EditFields(form)) { ["Form.Name"] = "Pro plan 2", ["Form.Price"] = "30", ["Form.TermPeriods"] = "" }, path);

        Assert.Contains("value=\"Pro plan\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"25.50\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"22\"", form, StringComparison.Ordinal);
        Assert.Contains("The kind and currency of a product cannot change", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = Assert.Single(await ProductsAsync(business));
        Assert.Equal(("Pro plan 2", 3_000L, ProductKind.Subscription, "EUR"), (changed.Name, changed.Price, changed.Kind, changed.Currency));
    }

    [Fact]
    public async Task A_refused_edit_changes_nothing()
    {
        var business = await CreateBusinessAsync();
        var product = await CreateAsync(Factory, business, Monthly("Pro plan", 2_500));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var path = $"/admin/products/{product.Id}?mode=test";
        var (_, form) = await admin.GetAsync(path);

        var refused = await admin.SubmitFormAsync(path, new Dictionary<string, string>(EditFields(form)) { ["Form.Name"] = "Renamed", ["Form.Price"] = "30.001" }, path);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Prices in EUR have at most 2 decimals.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"30.001\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Renamed\"", html, StringComparison.Ordinal);
        var unchanged = Assert.Single(await ProductsAsync(business));
        Assert.Equal(("Pro plan", 2_500L), (unchanged.Name, unchanged.Price));
    }

    [Fact]
    public async Task An_edit_cannot_change_the_kind_or_currency()
    {
        var business = await CreateBusinessAsync();
        var product = await CreateAsync(Factory, business, Monthly("Pro plan", 2_500));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var path = $"/admin/products/{product.Id}?mode=test";
        var (_, form) = await admin.GetAsync(path);

        var saved = await admin.SubmitFormAsync(path, new Dictionary<string, string>(EditFields(form)) { ["Form.Kind"] = "one_time", ["Form.Currency"] = "JPY", ["Form.Price"] = "26" }, path);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var unchanged = Assert.Single(await ProductsAsync(business));
        Assert.Equal((ProductKind.Subscription, "EUR", 2_600L), (unchanged.Kind, unchanged.Currency, unchanged.Price));
    }

    [Fact]
    public async Task Archiving_asks_first_then_badges_the_product_and_unarchiving_puts_it_back()
    {
        var business = await CreateBusinessAsync();
        var product = await CreateAsync(Factory, business, Monthly("Pro plan"));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var confirm = $"/admin/products/{product.Id}/archive?mode=test";

        var (_, question) = await admin.GetAsync(confirm);
        var archived = await admin.SubmitFormAsync(confirm, new Dictionary<string, string> { ["archived"] = "true" }, confirm);
        var (_, list) = await admin.GetAsync(AdminArea.LocationOf(archived));
        var isArchived = Assert.Single(await ProductsAsync(business)).IsArchived;
        var (_, again) = await admin.GetAsync(confirm);
        var restored = await admin.SubmitFormAsync(confirm, new Dictionary<string, string> { ["archived"] = "false" }, confirm);

        Assert.Contains("Archive &quot;Pro plan&quot;?", question, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Contains("&quot;Pro plan&quot; is archived.", list, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge warning\">Archived</span>", list, StringComparison.Ordinal);
        Assert.True(isArchived);
        Assert.Contains("Put &quot;Pro plan&quot; back on sale?", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.False(Assert.Single(await ProductsAsync(business)).IsArchived);
    }

    [Fact]
    public async Task Products_belong_to_the_mode_shown()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var created = await admin.SubmitFormAsync("/admin/products/new?mode=live", ProductFields(name: "Live plan"), "/admin/products/new?mode=live");
        var (_, live) = await admin.GetAsync("/admin/products?mode=live");
        var (_, test) = await admin.GetAsync("/admin/products?mode=test");

        Assert.Equal("/admin/products?mode=live", AdminArea.LocationOf(created));
        Assert.Equal(["Live plan"], ProductNames(live));
        Assert.Empty(ProductNames(test));
        Assert.Single(await ProductsAsync(business, Mode.Live));
    }

    [Fact]
    public async Task Another_business_or_mode_product_pages_are_not_found_and_cannot_be_changed()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync(name: "Other Shop");
        var foreign = await CreateAsync(Factory, other, Monthly("Their plan"));
        var mine = await CreateAsync(Factory, business, Monthly("My plan"));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var (_, anyForm) = await admin.GetAsync($"/admin/products/{mine.Id}?mode=test");

        var (page, html) = await admin.GetAsync($"/admin/products/{foreign.Id}");
        var (archive, _) = await admin.GetAsync($"/admin/products/{foreign.Id}/archive");
        var (otherMode, _) = await admin.GetAsync($"/admin/products/{mine.Id}?mode=live");
        var (malformed, _) = await admin.GetAsync("/admin/products/not-an-id");
        var post = await admin.SubmitFormAsync(
            $"/admin/products/{mine.Id}?mode=test", new Dictionary<string, string>(EditFields(anyForm)) { ["Form.Name"] = "Stolen" }, $"/admin/products/{foreign.Id}?mode=test");
        var archivePost = await admin.SubmitFormAsync(
            $"/admin/products/{mine.Id}/archive?mode=test", new Dictionary<string, string> { ["archived"] = "true" }, $"/admin/products/{foreign.Id}/archive?mode=test");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Their plan", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherMode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archivePost.StatusCode);
        var theirs = Assert.Single(await ProductsAsync(other));
        Assert.Equal(("Their plan", false), (theirs.Name, theirs.IsArchived));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused_and_creates_nothing()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var forged = await admin.Client.PostAsync("/admin/products/new?mode=test", new FormUrlEncodedContent(ProductFields()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await ProductsAsync(business));
    }

    [Theory]
    [InlineData("/admin/products")]
    [InlineData("/admin/products/new")]
    [InlineData("/admin/product-collections")]
    [InlineData("/admin/product-collections/new")]
    public async Task Someone_not_signed_in_is_sent_to_the_merchant_sign_in(string path)
    {
        var (response, _) = await new PortalPages(Factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", new Uri(Factory.BaseAddress, response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_reads_an_italian_price_and_answers_in_italian()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business, acceptLanguage: "it");

        var refused = await CreateThroughFormAsync(admin, ProductFields(price: "12,345"));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var created = await CreateThroughFormAsync(admin, ProductFields(price: "12,50"));
        var (_, list) = await admin.GetAsync(AdminArea.LocationOf(created));

        Assert.Contains("I prezzi in EUR hanno al massimo 2 decimali.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Non è stato salvato nulla.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("12,50 €", list, StringComparison.Ordinal);
        Assert.Contains("Ogni mese", list, StringComparison.Ordinal);
        Assert.Equal(1_250, Assert.Single(await ProductsAsync(business)).Price);
    }

    internal static Dictionary<string, string> ProductFields(string name = "Pro plan", string price = "25", string currency = "EUR") => new()
    {
        ["Form.Kind"] = "subscription",
        ["Form.Name"] = name,
        ["Form.Description"] = "Everything in Basic, and more",
        ["Form.Price"] = price,
        ["Form.Currency"] = currency,
        ["Form.TaxRate"] = "22",
        ["Form.IntervalCount"] = "1",
        ["Form.IntervalUnit"] = "month",
        ["Form.TermPeriods"] = "",
    };

    private static Task<HttpResponseMessage> CreateThroughFormAsync(PortalPages admin, Dictionary<string, string> fields) =>
        admin.SubmitFormAsync("/admin/products/new?mode=test", fields, "/admin/products/new?mode=test");

    /// <summary>The edit form's fields as the page filled them in, as a browser would post them back.</summary>
    private static Dictionary<string, string> EditFields(string html) =>
        AdminHtml.FormFields(html).Where(f => f.Key.StartsWith("Form.", StringComparison.Ordinal)).ToDictionary();

    private Task<IReadOnlyList<ProductDto>> ProductsAsync(BusinessId business, Mode mode = Mode.Test) =>
        Factory.SendAsync(s => s.QueryAsync(new ListProductsQuery(business, mode, null, null, 0, 100)));

    private static List<string> ProductNames(string html) => AdminHtml.RowNames(html);
}
