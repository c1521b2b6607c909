using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class ProfileTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_customer_changes_name_and_phone_and_the_api_sees_the_change()
    {
        var (api, browser, customer) = await SignedInAsync();

        var saved = await browser.SubmitFormAsync("/test/portal/profile", new Dictionary<string, string> { ["Name"] = "Ada King", ["PhoneNumber"] = "+39 02 1234 5678" });
        var read = await api.GetFromJsonAsync<JsonElement>($"/customers/{customer}");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Your changes are saved.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Ada King", read.GetProperty("name").GetString());
        Assert.Equal("+39 02 1234 5678", read.GetProperty("phone_number").GetString());
        Assert.Equal("ada@example.com", read.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("", "+39 02 1234 5678", "Enter your name")]
    [InlineData("Ada\u0007", "", "Enter your name")]
    [InlineData("Ada", "call me maybe", "Enter a phone number")]
    public async Task Invalid_details_are_refused_field_by_field_and_nothing_is_saved(string name, string phone, string message)
    {
        var (api, browser, customer) = await SignedInAsync();

        var response = await browser.SubmitFormAsync("/test/portal/profile", new Dictionary<string, string> { ["Name"] = name, ["PhoneNumber"] = phone });
        var read = await api.GetFromJsonAsync<JsonElement>($"/customers/{customer}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal("Ada Lovelace", read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_profile_page_needs_a_session()
    {
        var (response, _) = await new PortalPages(Factory).GetAsync("/test/portal/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_change_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (api, browser, customer) = await SignedInAsync();

        var response = await browser.Client.PostAsync("/test/portal/profile", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Mallory" }));
        var read = await api.GetFromJsonAsync<JsonElement>($"/customers/{customer}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ada Lovelace", read.GetProperty("name").GetString());
    }

    private async Task<(HttpClient Api, PortalPages Browser, string Customer)> SignedInAsync()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace");
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        return (api, browser, customer);
    }
}
