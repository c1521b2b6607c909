using Portal.Tests.Support;

namespace Portal.Tests.Integration.Proxies;

/// <summary>A host deployed behind a TLS proxy: one proxy by address, another by its network.</summary>
public sealed class BehindProxyFixture : DatabaseFixture
{
    public const string Proxy = "10.0.0.1";
    public const string ProxyInKnownNetwork = "10.20.7.9";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        // One comma-separated value, as an environment variable would give it.
        ["ForwardedHeaders:KnownNetworks"] = "192.168.50.0/24, 10.20.0.0/16",
    };
}
