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

    /// <summary>
    /// A list (<c>KnownProxies:0</c>, <c>:1</c>…) or one comma-separated value, the easy form for an
    /// environment variable; an entry that does not parse stops the host rather than trusting less or more.
    /// </summary>
    private static List<T> Parse<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        var children = section.GetChildren().ToList();
        IEnumerable<string> entries = children.Count > 0 ? children.Select(entry => entry.Value ?? string.Empty)
            : string.IsNullOrWhiteSpace(section.Value) ? [] : [section.Value];
        return entries
            .SelectMany(entry => entry.Split(',', StringSplitOptions.TrimEntries))
            .Select(text => text.Length > 0
                ? Attempt(parse, text, section.Path)
                : throw new InvalidOperationException($"{section.Path} has an empty entry."))
            .ToList();
    }

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
