
namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>The sandbox's 3-D Secure step: the charges waiting for a customer's answer, and the answer.</summary>
internal interface ISandboxAuthentication
{
    Task<SandboxAuthenticationDto?> FindAuthenticationAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Records the first answer for the charge; the URL to send the customer back to, or null for an unknown reference.</summary>
    Task<string?> CompleteAuthenticationAsync(string reference, bool authenticated, CancellationToken cancellationToken);
}
