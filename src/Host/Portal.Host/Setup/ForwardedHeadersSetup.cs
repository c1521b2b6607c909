using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Portal.Host.Setup;

/// <summary>
/// Behind a TLS proxy the connection comes from the proxy, over http. Its X-Forwarded-For and
/// X-Forwarded-Proto are believed only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), never from anyone else. With neither
/// configured the headers are ignored altogether, loopback included (ASP.NET Core would trust loopback
/// by default): a host does not learn it sits behind a proxy unless told.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, "KnownProxies", IPAddress.Parse);
        var networks = Parse(configuration, "KnownNetworks", text => System.Net.IPNetwork.Parse(text));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // Entries are taken from the right while the address they came from is a known proxy, so a
            // chain of known proxies works and whatever the client wrote itself is never reached.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it must see the client's address and scheme.</summary>
    public static IApplicationBuilder UsePortalForwardedHeaders(this WebApplication app)
    {
        // With both lists empty the middleware would accept the headers from anyone: leave it out instead.
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<T> Parse<T>(IConfiguration configuration, string key, Func<string, T> parse) =>
        configuration.GetSection($"{Section}:{key}").GetChildren()
            .Select(entry => entry.Value is { Length: > 0 } text
                ? Attempt(parse, text.Trim(), $"{Section}:{key}")
                : throw new InvalidOperationException($"{entry.Path} is empty."))
            .ToList();

    private static T Attempt<T>(Func<string, T> parse, string text, string key)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"{key} has '{text}', which is not an IP address or CIDR network.", exception);
        }
    }
}
