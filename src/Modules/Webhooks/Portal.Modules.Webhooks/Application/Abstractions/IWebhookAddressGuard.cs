namespace Portal.Modules.Webhooks.Application.Abstractions;

/// <summary>
/// Decides which URLs may receive webhooks (SSRF): https in live mode, no IP literal in live mode, and,
/// unless <c>Webhooks:AllowPrivateNetworks</c> is set, no host resolving to a loopback, private, link-local
/// or otherwise non-public address. Delivery checks again when it connects (DNS may have changed).
/// </summary>
internal interface IWebhookAddressGuard
{
    /// <summary>Throws a 422 <c>INVALID_URL</c> or <c>URL_NOT_ALLOWED</c> when the URL may not receive webhooks.</summary>
    Task EnsureAllowedAsync(string url, Mode mode, CancellationToken cancellationToken);
}
