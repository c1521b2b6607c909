using System.Net;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class AdminSettingsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_form_shows_the_current_settings()
    {
        var business = await CreateBusinessAsync(name: "Acme Software", accentColor: "#0f766e", supportEmail: "support@acme.example");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync("/admin/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"Acme Software\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"#0f766e\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"support@acme.example\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settings_change_shows_at_once_on_the_portal_login_page()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var saved = await SaveAsync(admin, "  Bottega Blu ", "#1D4ED8", "https://cdn.example.com/logo.png", "aiuto@bottega.example");
        var (_, confirmation) = await admin.GetAsync(AdminArea.LocationOf(saved));
        var (_, login) = await new PortalPages(Factory).GetAsync($"/test/login/{business}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Settings saved.", confirmation, StringComparison.Ordinal);
        Assert.Contains("Sign in to Bottega Blu", login, StringComparison.Ordinal);
        Assert.Contains("--accent: #1d4ed8", login, StringComparison.Ordinal);
        Assert.Contains("src=\"https://cdn.example.com/logo.png\"", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emptying_the_optional_fields_removes_the_logo_and_support_email()
    {
        var business = await CreateBusinessAsync(supportEmail: "support@acme.example");
        var admin = await AdminArea.SignInAsync(Factory, business);
        await SaveAsync(admin, "Acme Software", "#0f766e", "https://cdn.example.com/logo.png", "help@acme.example");

        var saved = await SaveAsync(admin, "Acme Software", "#0f766e", " ", "");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("null|null", await Database.ScalarAsync<string>(
            Factory, $"SELECT coalesce(logo_url, 'null') || '|' || coalesce(support_email, 'null') FROM identity.businesses WHERE id = '{business}'"));
    }

    [Theory]
    [InlineData("AccentColor", "red", "Enter the colour as # and six hex digits")]
    [InlineData("AccentColor", "#12345", "Enter the colour as # and six hex digits")]
    [InlineData("AccentColor", "#1234567", "Enter the colour as # and six hex digits")]
    [InlineData("LogoUrl", "http://cdn.example.com/logo.png", "starts with https://")]
    [InlineData("LogoUrl", "javascript:alert(1)", "starts with https://")]
    [InlineData("LogoUrl", "https://", "starts with https://")]
    [InlineData("SupportEmail", "not-an-email", "Enter a valid email address")]
    [InlineData("SupportEmail", "help@example.com\r\nBcc: victim@example.com", "Enter a valid email address")]
    [InlineData("BusinessName", "", "Enter a name of 1 to 200 characters.")]
    public async Task Invalid_settings_are_refused_field_by_field_and_nothing_is_saved(string field, string value, string message)
    {
        var business = await CreateBusinessAsync(name: "Acme Software", accentColor: "#0f766e", supportEmail: "support@acme.example");
        var admin = await AdminArea.SignInAsync(Factory, business);
        var fields = new Dictionary<string, string>
        {
            ["BusinessName"] = "Changed Name",
            ["AccentColor"] = "#111111",
            ["LogoUrl"] = "https://cdn.example.com/logo.png",
            ["SupportEmail"] = "changed@acme.example",
            [field] = value,
        };

        var response = await admin.SubmitFormAsync("/admin/settings", fields, "/admin/settings?mode=test");
        var html = await response.Content.ReadAsStringAsync();
        var errorId = (field == "BusinessName" ? "Name" : field) + "-error";

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{errorId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"{errorId} ", html, StringComparison.Ordinal);
        Assert.Equal("Acme Software|#0f766e||support@acme.example", await Database.ScalarAsync<string>(
            Factory, $"SELECT name || '|' || accent_color || '|' || coalesce(logo_url, '') || '|' || coalesce(support_email, '') FROM identity.businesses WHERE id = '{business}'"));
    }

    [Fact]
    public async Task A_merchant_changes_only_their_own_business()
    {
        var business = await CreateBusinessAsync(name: "Acme Software");
        var other = await CreateBusinessAsync(name: "Other Shop");
        var admin = await AdminArea.SignInAsync(Factory, business);

        await SaveAsync(admin, "Renamed", "#0f766e", "", "");

        Assert.Equal("Other Shop", await Database.ScalarAsync<string>(Factory, $"SELECT name FROM identity.businesses WHERE id = '{other}'"));
        Assert.Equal("Renamed", await Database.ScalarAsync<string>(Factory, $"SELECT name FROM identity.businesses WHERE id = '{business}'"));
    }

    private static Task<HttpResponseMessage> SaveAsync(PortalPages admin, string name, string accent, string logo, string supportEmail) =>
        admin.SubmitFormAsync(
            "/admin/settings",
            new Dictionary<string, string> { ["BusinessName"] = name, ["AccentColor"] = accent, ["LogoUrl"] = logo, ["SupportEmail"] = supportEmail },
            "/admin/settings?mode=test");
}
