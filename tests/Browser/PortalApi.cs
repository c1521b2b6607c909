using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

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

    /// <summary>
    /// A monthly plan, a saved test card and the customer's subscription to it, billed to an address in
    /// Rome. Made through the application: the public API has no subscriptions yet.
    /// </summary>
    public async Task<SubscriptionDto> SubscribeAsync(PortalFactory factory, string customerId, string productName = "Pro plan", long monthlyPrice = 1_000)
    {
        var plan = await factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            Business, Mode.Test, new ProductInput(productName, null, "subscription", monthlyPrice, "EUR", 2_200, "month", 1, null, false, null, null))));
        await factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(Business, Mode.Test, new CustomerId(customerId), "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
        return await factory.SendAsync(s => s.SendAsync(new CreateSubscriptionCommand(
            Business, Mode.Test, customerId, plan.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant)));
    }

    /// <summary>Test mode's time travel to the next renewal, whose payment is declined: the subscription goes on hold.</summary>
    public Task<SubscriptionDto> PutOnHoldAsync(PortalFactory factory, string subscriptionId) =>
        factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(Business, Mode.Test, subscriptionId, SimulateDecline: true)));

    /// <summary>The customer's first steps: opens a new link of theirs in a page and continues to their portal's overview.</summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, string customerId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(await CreatePortalLinkAsync(customerId));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
        return page;
    }

    public void Dispose() => _client.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
