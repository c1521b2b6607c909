using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Modules.Webhooks.Infrastructure.Security;

/// <summary>Secrets in Standard Webhooks' form, encrypted with ASP.NET Core Data Protection (keys shared by every host).</summary>
internal sealed class DataProtectionWebhookSecrets(IDataProtectionProvider provider) : IWebhookSecrets
{
    private readonly IDataProtector _protector = provider.CreateProtector("Portal.Webhooks.Secret.v1");

    public (string Secret, string Protected) New()
    {
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        return (secret, _protector.Protect(secret));
    }

    public string Reveal(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
