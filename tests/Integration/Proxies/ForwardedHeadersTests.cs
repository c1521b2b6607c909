using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Proxies;

public sealed class ForwardedHeadersTests(BehindProxyFixture fixture) : IntegrationTest<BehindProxyFixture>(fixture)
{
    private const string Stranger = "198.51.100.7";

    [Fact]
    public async Task Clients_behind_a_trusted_proxy_each_get_their_own_sign_in_link_budget()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada");
        await CreateCustomerAsync(business, Mode.Test, "grace@example.com", "Grace");

        // The proxy appends the address it saw; whatever the client wrote before it is not believed,
        // so varying it gives the first client no fresh budget, and neither does another known proxy.
        await UseUpClientBudgetAsync(Factory, business, BehindProxyFixture.Proxy, i => $"192.0.2.{i}, 203.0.113.10");
        await AskForLinkAsync(Factory, business, "grace@example.com", BehindProxyFixture.Proxy, "203.0.113.20");
        await AskForLinkAsync(Factory, business, "ada@example.com", BehindProxyFixture.ProxyInKnownNetwork, "203.0.113.10");
        await Factory.DrainAsync();

        Assert.Equal(1L, await MailsToAsync(Factory, "grace@example.com"));
        Assert.Equal(0L, await MailsToAsync(Factory, "ada@example.com"));
    }

    [Fact]
    public async Task Forwarded_for_from_an_address_that_is_not_a_known_proxy_gives_no_fresh_budget()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "grace@example.com", "Grace");

        await UseUpClientBudgetAsync(Factory, business, Stranger, i => $"203.0.113.{i}");
        await AskForLinkAsync(Factory, business, "grace@example.com", Stranger, "203.0.113.200");
        await Factory.DrainAsync();

        Assert.Equal(0L, await MailsToAsync(Factory, "grace@example.com"));
    }

    [Fact]
    public async Task Hsts_is_sent_when_a_trusted_proxy_forwards_https_and_not_for_plain_http_or_an_untrusted_claim()
    {
        var https = await GetThroughAsync(Factory, BehindProxyFixture.Proxy, "https");
        // A host listening on both IP versions sees an IPv4 proxy as an IPv4-mapped IPv6 address.
        var mapped = await GetThroughAsync(Factory, "::ffff:" + BehindProxyFixture.Proxy, "https");
        var http = await GetThroughAsync(Factory, BehindProxyFixture.Proxy, "http");
        var direct = await GetThroughAsync(Factory, BehindProxyFixture.Proxy, forwardedProto: null);
        var claimed = await GetThroughAsync(Factory, Stranger, "https");

        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.Equal("max-age=2592000", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")));
        Assert.True(mapped.Headers.Contains("Strict-Transport-Security"));
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
        Assert.False(claimed.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>Thirty link requests (the hourly budget of one client address), for emails nobody has.</summary>
    internal static async Task UseUpClientBudgetAsync(PortalFactory factory, BusinessId business, string peer, Func<int, string> forwardedFor)
    {
        for (var i = 0; i < 30; i++)
        {
            await AskForLinkAsync(factory, business, $"nobody{i}@example.com", peer, forwardedFor(i));
        }
    }

    internal static async Task AskForLinkAsync(PortalFactory factory, BusinessId business, string email, string peer, string forwardedFor)
    {
        var browser = new PortalPages(factory);
        browser.Client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var response = await browser.SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField(email));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static Task<long> MailsToAsync(PortalFactory factory, string to) =>
        Database.ScalarAsync<long>(factory, $"SELECT count(*) FROM host.dev_mailbox_messages WHERE \"to\" = '{to}'");

    /// <summary>A request as a proxy in front of the public name would pass it on (HSTS is never sent for localhost).</summary>
    internal static async Task<HttpResponseMessage> GetThroughAsync(PortalFactory factory, string peer, string? forwardedProto)
    {
        using var client = factory.CreateDefaultClient(new Uri("http://portal.example/"));
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.10");
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await client.GetAsync("/health/live");
    }
}
