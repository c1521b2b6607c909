using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// The SSRF rules of <see cref="IWebhookAddressGuard"/>, applied twice: when an endpoint is saved, and
/// when a delivery connects (<see cref="ConnectAsync"/>: the host is resolved once and the socket goes to
/// the address that passed, so a DNS answer that changes in between cannot point it elsewhere).
/// </summary>
internal sealed class WebhookAddressGuard(IOptions<WebhooksOptions> options) : IWebhookAddressGuard
{
    public async Task EnsureAllowedAsync(string url, Mode mode, CancellationToken cancellationToken)
    {
        var uri = CheckShape(url, mode);
        if (options.Value.AllowPrivateNetworks)
        {
            return;
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            // Not resolvable yet: accepted, and checked again when a delivery connects.
            return;
        }

        if (addresses.Any(a => !IsPublic(a)))
        {
            throw NotAllowed();
        }
    }

    /// <summary>The URL's form: absolute http(s), no credentials; in live mode https and a host name, not an IP literal.</summary>
    public static Uri CheckShape(string url, Mode mode)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.UserInfo.Length > 0)
        {
            throw new DomainException(Error.Validation("INVALID_URL", "url must be an absolute http or https URL without credentials."));
        }

        if (mode == Mode.Live && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new DomainException(Error.Validation("INVALID_URL", "Live-mode webhooks are sent over https only."));
        }

        if (mode == Mode.Live && uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            throw new DomainException(Error.Validation("URL_NOT_ALLOWED", "Live-mode webhooks go to a host name, not an IP address."));
        }

        return uri;
    }

    /// <summary>Connects to the first address of the host that the rules allow (every address must pass), never to one resolved later.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        if (addresses.Length == 0 || (!options.Value.AllowPrivateNetworks && addresses.Any(a => !IsPublic(a))))
        {
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to an address webhooks may not reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses[0], context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet: not loopback, private, link-local, shared, multicast or reserved.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetworkV6
            && !IPAddress.IsLoopback(address)
            && !address.Equals(IPAddress.IPv6None)
            && !address.IsIPv6LinkLocal
            && !address.IsIPv6SiteLocal
            && !address.IsIPv6Multicast
            && (bytes[0] & 0xFE) != 0xFC
            && !(bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8);
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

    private static DomainException NotAllowed() =>
        new(Error.Validation("URL_NOT_ALLOWED", "url points into a private, loopback or link-local network, which webhooks may not reach."));
}
