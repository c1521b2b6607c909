using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Webhooks.Infrastructure.Delivery;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>A host as in production: <c>Webhooks:AllowPrivateNetworks</c> off.</summary>
public sealed class PublicNetworksFixture : DatabaseFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Webhooks:AllowPrivateNetworks"] = "false" };
}

/// <summary>
/// SSRF: with private networks not allowed (production), an endpoint may not point at this machine, a
/// private, link-local or reserved network, or, in live mode, an IP literal or plain http; a delivery
/// re-checks the address it connects to, so an endpoint saved while it was allowed still reaches nothing.
/// </summary>
public sealed class WebhookNetworkTests(PublicNetworksFixture fixture) : IntegrationTest<PublicNetworksFixture>(fixture)
{
    [Theory]
    [InlineData(Mode.Live, "https://127.0.0.1/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Live, "https://[::1]/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Live, "https://93.184.216.34/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Live, "http://hooks.example/x", "INVALID_URL")]
    [InlineData(Mode.Live, "https://localhost/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://localhost:8080/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://127.0.0.1:8080/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://10.1.2.3/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://172.16.0.1/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://192.168.1.1/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://169.254.169.254/latest/meta-data", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://100.64.0.1/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://0.0.0.0/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://[fd00::1]/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://[fe80::1]/hooks", "URL_NOT_ALLOWED")]
    [InlineData(Mode.Test, "http://[::ffff:127.0.0.1]/hooks", "URL_NOT_ALLOWED")]
    public async Task Addresses_webhooks_may_not_reach_are_refused_on_create_and_update(Mode mode, string url, string code)
    {
        var (api, _) = await ApiClientAsync(mode);
        var existing = await api.PostAsync("/webhooks", WebhooksApiTests.Json("{\"url\":\"https://hooks.example/ok\"}"));
        var id = System.Text.Json.JsonDocument.Parse(await existing.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        await CustomersApiTests.AssertErrorAsync(await api.PostAsync("/webhooks", WebhooksApiTests.Json($"{{\"url\":\"{url}\"}}")), HttpStatusCode.UnprocessableEntity, code);
        await CustomersApiTests.AssertErrorAsync(await api.PatchAsync($"/webhooks/{id}", WebhooksApiTests.Json($"{{\"url\":\"{url}\"}}")), HttpStatusCode.UnprocessableEntity, code);

        Assert.Equal("https://hooks.example/ok", await Database.ScalarAsync<string>(Factory, "SELECT url FROM webhooks.endpoints"));
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fc00::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_public_internet_addresses_count_as_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, WebhookAddressGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task An_endpoint_saved_while_private_networks_were_allowed_gets_no_delivery_once_they_are_not()
    {
        await using var receiver = WebhookReceiver.Start();
        await using var permissive = new PortalFactory(Factory.ConnectionString, settings: new Dictionary<string, string> { ["Webhooks:AllowPrivateNetworks"] = "true" });
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        var permissiveApi = permissive.CreateClient();
        permissiveApi.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
        await EndpointAsync(permissiveApi, receiver.Url);

        await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer, "rebound"));
        await Factory.DrainAsync();

        Assert.Empty(receiver.Received);
        Assert.Equal("pending", await Database.ScalarAsync<string>(Factory, "SELECT status FROM webhooks.deliveries"));
        Assert.Contains("may not reach", await Database.ScalarAsync<string>(Factory, "SELECT last_error FROM webhooks.deliveries"));
    }
}
