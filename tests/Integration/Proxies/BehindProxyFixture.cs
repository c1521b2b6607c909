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
        ["ForwardedHeaders:KnownNetworks:0"] = "10.20.0.0/16",
    };
}
