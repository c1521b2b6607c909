using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class AdminCustomersTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task An_admin_adds_a_customer_and_the_same_email_again_opens_that_customer()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);
        var fields = new Dictionary<string, string> { ["NewEmail"] = "Ada@Example.com", ["NewName"] = "Ada Lovelace", ["NewPhone"] = "+39 06 1234 5678" };

        var added = await admin.SubmitFormAsync("/admin/customers?mode=test", fields, "/admin/customers?mode=test&handler=Create");
        var again = await admin.SubmitFormAsync("/admin/customers?mode=test", fields, "/admin/customers?mode=test&handler=Create");
        var (_, details) = await admin.GetAsync(AdminArea.LocationOf(added));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(AdminArea.LocationOf(added), AdminArea.LocationOf(again));
        Assert.Contains("Ada Lovelace", details, StringComparison.Ordinal);
        Assert.Contains("+39 06 1234 5678", WebUtility.HtmlDecode(details), StringComparison.Ordinal);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.customers WHERE business_id = '{business.Value}' AND mode = 'Test'"));
    }

    [Fact]
    public async Task A_bad_new_customer_is_refused_field_by_field_and_nothing_is_added()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var refused = await admin.SubmitFormAsync(
            "/admin/customers?mode=test",
            new Dictionary<string, string> { ["NewEmail"] = "not-an-email", ["NewName"] = "", ["NewPhone"] = "call me" },
            "/admin/customers?mode=test&handler=Create");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"new-customer-email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"new-customer-name-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"new-customer-phonenumber-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.customers"));
    }

    [Fact]
    public async Task An_admin_corrects_a_name_and_removes_a_phone_and_a_bad_phone_changes_nothing()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovlace", phone: "+39 06 1234 5678");
        var admin = await AdminArea.SignInAsync(Factory, business);
        var page = $"/admin/customers/{customer}?mode=test";
        var action = $"/admin/customers/{customer}?mode=test&handler=Profile";

        var refused = await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ProfileName"] = "Ada Lovelace", ["ProfilePhone"] = "call me" }, action);
        var unchanged = await Database.ScalarAsync<string>(Factory, $"SELECT name || '|' || phone_number FROM identity.customers WHERE id = '{customer}'");
        var saved = await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ProfileName"] = "Ada Lovelace", ["ProfilePhone"] = "" }, action);
        var (_, after) = await admin.GetAsync(AdminArea.LocationOf(saved));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"profile-phonenumber-error\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Ada Lovlace|+39 06 1234 5678", unchanged);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Profile saved.", after, StringComparison.Ordinal);
        Assert.Equal("Ada Lovelace|", await Database.ScalarAsync<string>(Factory, $"SELECT name || '|' || coalesce(phone_number, '') FROM identity.customers WHERE id = '{customer}'"));
    }

    [Fact]
    public async Task Search_finds_a_customer_by_part_of_the_email_in_any_case()
    {
        var business = await CreateBusinessAsync();
        await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        await AdminArea.CreateCustomerAsync(Factory, business, "grace@navy.example", "Grace Hopper");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/customers?mode=test&q=EXAMPLE.COM");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Ada Lovelace"], AdminArea.CustomerNames(html));
    }

    [Fact]
    public async Task Search_finds_a_customer_by_part_of_the_name_in_any_case()
    {
        var business = await CreateBusinessAsync();
        await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        await AdminArea.CreateCustomerAsync(Factory, business, "grace@navy.example", "Grace Hopper");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, html) = await admin.GetAsync("/admin/customers?q=hOPP");

        Assert.Equal(["Grace Hopper"], AdminArea.CustomerNames(html));
    }

    [Fact]
    public async Task Search_takes_wildcard_characters_literally_and_says_when_nothing_matches()
    {
        var business = await CreateBusinessAsync();
        await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/customers?q=%25");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(AdminArea.CustomerNames(html));
        Assert.Contains("No customer&#x27;s email or name contains &quot;%&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_business_without_customers_sees_the_empty_state()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/customers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No customers in this mode yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_twenty_five_customers_a_page_newest_first()
    {
        var business = await CreateBusinessAsync();
        for (var i = 0; i < 30; i++)
        {
            await AdminArea.CreateCustomerAsync(Factory, business, $"buyer{i:00}@example.com", $"Buyer {i:00}");
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, first) = await admin.GetAsync("/admin/customers?mode=test");
        var (_, second) = await admin.GetAsync("/admin/customers?mode=test&page=2");

        Assert.Equal(Enumerable.Range(5, 25).Reverse().Select(i => $"Buyer {i:00}"), AdminArea.CustomerNames(first));
        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(i => $"Buyer {i:00}"), AdminArea.CustomerNames(second));
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/customers?mode=test&amp;page=2\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_created_at_the_same_instant_are_each_shown_once_across_pages()
    {
        var business = await CreateBusinessAsync();
        for (var i = 0; i < 30; i++)
        {
            await AdminArea.CreateCustomerAsync(Factory, business, $"twin{i:00}@example.com", $"Twin {i:00}");
        }

        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, first) = await admin.GetAsync("/admin/customers?page=1");
        var (_, second) = await admin.GetAsync("/admin/customers?page=2");
        var shown = AdminArea.CustomerNames(first).Concat(AdminArea.CustomerNames(second)).ToList();

        Assert.Equal(30, shown.Count);
        Assert.Equal(30, shown.Distinct().Count());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999999")]
    [InlineData("page=100000")]
    [InlineData("mode=nonsense")]
    public async Task Odd_paging_and_mode_parameters_never_fail(string query)
    {
        var business = await CreateBusinessAsync();
        await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, _) = await admin.GetAsync("/admin/customers?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_search_too_long_is_refused_with_a_message()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/customers?q=" + new string('a', 300));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Search for at most 254 characters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_business_customers_never_appear_and_their_page_is_not_found()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync(name: "Other Shop");
        await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var foreign = await AdminArea.CreateCustomerAsync(Factory, other, "mallory@example.com", "Mallory Other");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, all) = await admin.GetAsync("/admin/customers");
        var (_, searched) = await admin.GetAsync("/admin/customers?q=mallory");
        var (page, html) = await admin.GetAsync($"/admin/customers/{foreign}");
        var (livePage, _) = await admin.GetAsync($"/admin/customers/{foreign}?mode=live");

        Assert.Equal(["Ada Lovelace"], AdminArea.CustomerNames(all));
        Assert.Empty(AdminArea.CustomerNames(searched));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mallory", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, livePage.StatusCode);
    }

    [Fact]
    public async Task Each_mode_lists_only_its_own_customers()
    {
        var business = await CreateBusinessAsync();
        await AdminArea.CreateCustomerAsync(Factory, business, "tester@example.com", "Test Buyer", Mode.Test);
        var live = await AdminArea.CreateCustomerAsync(Factory, business, "real@example.com", "Live Buyer", Mode.Live);
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, testList) = await admin.GetAsync("/admin/customers?mode=test");
        var (_, liveList) = await admin.GetAsync("/admin/customers?mode=live");
        var (inTest, _) = await admin.GetAsync($"/admin/customers/{live}?mode=test");
        var (inLive, _) = await admin.GetAsync($"/admin/customers/{live}?mode=live");

        Assert.Equal(["Test Buyer"], AdminArea.CustomerNames(testList));
        Assert.Equal(["Live Buyer"], AdminArea.CustomerNames(liveList));
        Assert.Contains("Test mode: test data only", testList, StringComparison.Ordinal);
        Assert.Contains("Live mode: real customers and real money.", liveList, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/api-keys?mode=live\"", liveList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, inTest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inLive.StatusCode);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("cus_")]
    [InlineData("cus_doesnotexist00000000000")]
    [InlineData("bus_acmedemo0001")]
    public async Task An_unknown_or_malformed_customer_id_is_not_found(string id)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, _) = await admin.GetAsync("/admin/customers/" + Uri.EscapeDataString(id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_customer_page_shows_the_profile_and_the_static_link_of_the_mode()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live, phone: "+44 20 7946 0001");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync($"/admin/customers/{customer}?mode=live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Ada Lovelace</h1>", html, StringComparison.Ordinal);
        Assert.Contains("+44 20 7946 0001", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"value=\"http://localhost/login/{business}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"static-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_customer_pages_speak_italian()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var admin = await AdminArea.SignInAsync(Factory, business, acceptLanguage: "it");

        var (_, list) = await admin.GetAsync("/admin/customers");
        var (_, page) = await admin.GetAsync($"/admin/customers/{customer}");

        Assert.Contains("<h1>Clienti</h1>", list, StringComparison.Ordinal);
        Assert.Contains("Condividi invito", page, StringComparison.Ordinal);
    }
}
