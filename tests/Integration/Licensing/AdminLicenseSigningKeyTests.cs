using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The Settings page shows the business's license signing public key of the mode shown, copyable, in both languages.</summary>
public sealed class AdminLicenseSigningKeyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("test", "/test/licenses/public-key/")]
    [InlineData("live", "/licenses/public-key/")]
    public async Task Settings_shows_the_published_pem_of_the_mode_shown(string mode, string publicPath)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (response, html) = await admin.GetAsync($"/admin/settings?mode={mode}");
        var published = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(publicPath + business.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("License signing key", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{published.GetProperty("key_id").GetString()}</code>", html, StringComparison.Ordinal);
        // The PEM sits in a read-only text area, line breaks kept, so the copied key is a valid PEM.
        Assert.Contains($">{published.GetProperty("public_key_pem").GetString()}</textarea>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"{publicPath}{business.Value}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_explains_the_key_in_italian()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business, acceptLanguage: "it");

        var (_, html) = await admin.GetAsync("/admin/settings");

        Assert.Contains("Chiave di firma delle licenze", html, StringComparison.Ordinal);
        Assert.Contains("Questa è la chiave della modalità test", html, StringComparison.Ordinal);
    }
}
