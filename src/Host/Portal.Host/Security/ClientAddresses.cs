namespace Portal.Host.Security;

internal static class ClientAddresses
{
    /// <summary>
    /// The client's address as rate limits count it: the connection's, which the forwarded-headers middleware
    /// has replaced with the client's own behind a trusted proxy.
    /// </summary>
    public static string ClientAddress(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
