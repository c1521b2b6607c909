using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Proxies;

/// <summary>A host with no known proxy configured, which is how it ships.</summary>
public sealed class UnconfiguredProxyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Without_known_proxies_forwarded_headers_are_ignored_even_from_loopback()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "grace@example.com", "Grace");

        await ForwardedHeadersTests.UseUpClientBudgetAsync(Factory, business, "127.0.0.1", i => $"203.0.113.{i}");
        await ForwardedHeadersTests.AskForLinkAsync(Factory, business, "grace@example.com", "127.0.0.1", "203.0.113.200");
        await Factory.DrainAsync();
        var claimed = await ForwardedHeadersTests.GetThroughAsync(Factory, "127.0.0.1", "https");

        Assert.Equal(0L, await ForwardedHeadersTests.MailsToAsync(Factory, "grace@example.com"));
        Assert.False(claimed.Headers.Contains("Strict-Transport-Security"));
    }
}
