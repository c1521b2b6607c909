using System.Net;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.ProductArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>The merchant's collection pages: tiers chosen and numbered in a plain form, conflicts and refusals shown.</summary>
public sealed partial class AdminProductCollectionsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string NewPath = "/admin/product-collections/new?mode=test";

    [Fact]
    public async Task A_business_without_collections_sees_the_empty_state()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/product-collections");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No product collections in this mode yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merchant_creates_a_collection_with_numbered_tiers()
    {
        var business = await CreateBusinessAsync();
        var (basic, pro, team) = await ThreePlansAsync(business);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var (_, form) = await admin.GetAsync(NewPath);

        var created = await admin.SubmitFormAsync(NewPath, Tiers(form, "Plans", (team, "3"), (basic, "1"), (pro, "2")), NewPath);
        var (_, list) = await admin.GetAsync(AdminArea.LocationOf(created));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/product-collections?mode=test", AdminArea.LocationOf(created));
        Assert.Contains("&quot;Plans&quot; is created.", list, StringComparison.Ordinal);
        Assert.Equal(["Basic", "Pro", "Team"], TierNames(list));
        var collection = Assert.Single(await CollectionsAsync(business));
        Assert.Equal("Plans", collection.Name);
        Assert.Equal([basic, pro, team], collection.Products.Select(p => p.Id));
    }

    [Fact]
    public async Task Ticked_products_without_a_number_follow_the_numbered_ones_in_list_order()
    {
        var business = await CreateBusinessAsync();
        var (basic, pro, team) = await ThreePlansAsync(business);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var (_, form) = await admin.GetAsync(NewPath);

        await admin.SubmitFormAsync(NewPath, Tiers(form, "Plans", (basic, ""), (pro, ""), (team, "1")), NewPath);

        // The form lists products newest first: Team, Pro, Basic.
        Assert.Equal([team, pro, basic], Assert.Single(await CollectionsAsync(business)).Products.Select(p => p.Id));
    }

    [Fact]
    public async Task The_edit_form_shows_the_tiers_and_reorders_renames_and_removes()
    {
        var business = await CreateBusinessAsync();
        var (basic, pro, team) = await ThreePlansAsync(business);
        var collection = await CreateCollectionAsync(Factory, business, "Plans", [basic, pro, team]);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var path = $"/admin/product-collections/{collection.Id}?mode=test";
        var (_, form) = await admin.GetAsync(path);

        var saved = await admin.SubmitFormAsync(path, Tiers(form, "Plans 2026", (team, "1"), (basic, "2")), path);

        Assert.Equal(["1", "2", "3"], FieldValues(form, "Tier"));
        Assert.Equal(3, Regex.Count(form, "value=\"true\" checked=\"checked\""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = Assert.Single(await CollectionsAsync(business));
        Assert.Equal("Plans 2026", changed.Name);
        Assert.Equal([team, basic], changed.Products.Select(p => p.Id));
    }

    [Fact]
    public async Task A_product_already_in_another_collection_is_refused_with_both_names_and_nothing_changes()
    {
        var business = await CreateBusinessAsync();
        var (basic, pro, _) = await ThreePlansAsync(business);
        await CreateCollectionAsync(Factory, business, "Starter", [basic]);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var (_, form) = await admin.GetAsync(NewPath);

        var refused = await admin.SubmitFormAsync(NewPath, Tiers(form, "Plans", (basic, "1"), (pro, "2")), NewPath);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Contains("In &quot;Starter&quot;", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("A product can be in one collection only: &quot;Basic&quot; is already in &quot;Starter&quot;.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"collection-products-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Plans\"", html, StringComparison.Ordinal);
        var only = Assert.Single(await CollectionsAsync(business));
        Assert.Equal("Starter", only.Name);
    }

    [Theory]
    [InlineData("", true, "", "collection-name", "Enter a name of 1 to 200 characters.")]
    [InlineData("Plans", false, "", "collection-products", "Tick 1 to 20 products.")]
    [InlineData("Plans", true, "two", "tier-0", "Enter a whole number from 1, or leave it empty.")]
    [InlineData("Plans", true, "0", "tier-0", "Enter a whole number from 1, or leave it empty.")]
    public async Task A_refused_edit_shows_why_and_changes_nothing(string name, bool tick, string tier, string fieldId, string message)
    {
        var business = await CreateBusinessAsync();
        var (basic, pro, _) = await ThreePlansAsync(business);
        var collection = await CreateCollectionAsync(Factory, business, "Plans", [basic, pro]);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var path = $"/admin/product-collections/{collection.Id}?mode=test";
        var (_, form) = await admin.GetAsync(path);
        var fields = Tiers(form, name, tick ? [(basic, tier)] : []);

        var refused = await admin.SubmitFormAsync(path, fields, path);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"field-error\" id=\"{fieldId}-error\">{WebUtility.HtmlEncode(message)}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{fieldId}\"", html, StringComparison.Ordinal);
        var unchanged = Assert.Single(await CollectionsAsync(business));
        Assert.Equal("Plans", unchanged.Name);
        Assert.Equal([basic, pro], unchanged.Products.Select(p => p.Id));
    }

    [Fact]
    public async Task Archived_products_are_offered_only_where_they_already_are()
    {
        var business = await CreateBusinessAsync();
        var (basic, pro, team) = await ThreePlansAsync(business);
        var collection = await CreateCollectionAsync(Factory, business, "Plans", [basic]);
        await ArchiveAsync(Factory, business, basic);
        await ArchiveAsync(Factory, business, team);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, edit) = await admin.GetAsync($"/admin/product-collections/{collection.Id}?mode=test");
        var (_, fresh) = await admin.GetAsync(NewPath);

        Assert.Equal([basic, pro], RowProducts(edit));
        Assert.Equal([pro], RowProducts(fresh));
    }

    [Fact]
    public async Task Another_business_or_mode_collection_is_not_found_and_foreign_products_are_never_sent()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync(name: "Other Shop");
        var theirProduct = await CreateAsync(Factory, other, Monthly("Their plan"));
        var theirs = await CreateCollectionAsync(Factory, other, "Their plans", [theirProduct.Id]);
        var (basic, _, _) = await ThreePlansAsync(business);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (page, _) = await admin.GetAsync($"/admin/product-collections/{theirs.Id}?mode=test");
        var (malformed, _) = await admin.GetAsync("/admin/product-collections/nonsense");
        var (_, form) = await admin.GetAsync(NewPath);
        var fields = Tiers(form, "Mine", (basic, "1"));
        fields["Form.Rows[99].ProductId"] = theirProduct.Id;
        fields["Form.Rows[99].Included"] = "true";
        fields["Form.Rows[99].Tier"] = "1";
        var created = await admin.SubmitFormAsync(NewPath, fields, NewPath);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal([basic], Assert.Single(await CollectionsAsync(business)).Products.Select(p => p.Id));
        Assert.Equal([theirProduct.Id], Assert.Single(await CollectionsAsync(other)).Products.Select(p => p.Id));
    }

    /// <summary>Basic, Pro and Team, created in that order (the form lists them newest first).</summary>
    private async Task<(string Basic, string Pro, string Team)> ThreePlansAsync(BusinessId business)
    {
        var ids = new List<string>();
        foreach (var (name, price) in new[] { ("Basic", 900L), ("Pro", 2_500L), ("Team", 9_900L) })
        {
            ids.Add((await CreateAsync(Factory, business, Monthly(name, price))).Id);
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
        }

        return (ids[0], ids[1], ids[2]);
    }

    /// <summary>The form as the page filled it in, with the name typed and only the given products ticked, each with its tier typed.</summary>
    private static Dictionary<string, string> Tiers(string html, string name, params (string ProductId, string Tier)[] ticked)
    {
        var fields = AdminHtml.FormFields(html);
        fields["Form.Name"] = name;
        foreach (var row in fields.Where(f => f.Key.EndsWith(".ProductId", StringComparison.Ordinal)).ToList())
        {
            var prefix = row.Key[..^"ProductId".Length];
            fields.Remove(prefix + "Included");
            fields[prefix + "Tier"] = string.Empty;
            if (ticked.FirstOrDefault(t => t.ProductId == row.Value) is { ProductId: not null } tick)
            {
                fields[prefix + "Included"] = "true";
                fields[prefix + "Tier"] = tick.Tier;
            }
        }

        return fields;
    }

    private static List<string> FieldValues(string html, string suffix) =>
        [.. AdminHtml.FormFields(html).Where(f => f.Key.EndsWith("." + suffix, StringComparison.Ordinal) && f.Value.Length > 0).Select(f => f.Value)];

    private static List<string> RowProducts(string html) => FieldValues(html, "ProductId");

    private static List<string> TierNames(string html) =>
        [.. TierItem().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private Task<IReadOnlyList<ProductCollectionDto>> CollectionsAsync(BusinessId business, Mode mode = Mode.Test) =>
        Factory.SendAsync(s => s.QueryAsync(new ListProductCollectionsQuery(business, mode, 0, 100)));

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex TierItem();
}
