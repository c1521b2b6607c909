using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.ApiKeys.CreateApiKey;
using Portal.Modules.Identity.Application.Businesses.CreateBusiness;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>
/// The merchant's side of a browser test: a business and an API key made through the application,
/// then customers and sign-in links through the public API over real HTTP, as a merchant's server would.
/// </summary>
internal sealed class PortalApi : IDisposable
{
    private readonly HttpClient _client;

    private PortalApi(HttpClient client, BusinessId business) => (_client, Business) = (client, business);

    public BusinessId Business { get; }

    public static async Task<PortalApi> ForNewBusinessAsync(PortalFactory factory, string businessName = "Acme Software")
    {
        var business = await factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, businessName, "#0f766e", null, "support@acme.example")));
        var key = await factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(business, Mode.Test, "Browser tests")));
        var client = new HttpClient { BaseAddress = factory.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return new PortalApi(client, business);
    }

    public async Task<string> CreateCustomerAsync(string name = "Ada Lovelace", string? email = null)
    {
        var response = await _client.PostAsJsonAsync("/customers", new { email = email ?? "ada.lovelace@example.com", name });
        return (await ReadAsync(response)).GetProperty("customer_id").GetString()!;
    }

    /// <summary>The one-time dynamic link, exactly as the API hands it to the merchant.</summary>
    public async Task<string> CreatePortalLinkAsync(string customerId)
    {
        var response = await _client.PostAsync($"/customers/{customerId}/customer-portal/session", content: null);
        return (await ReadAsync(response)).GetProperty("link").GetString()!;
    }

    public void Dispose() => _client.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
