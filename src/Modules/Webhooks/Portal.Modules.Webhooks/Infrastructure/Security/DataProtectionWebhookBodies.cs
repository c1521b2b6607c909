using Microsoft.AspNetCore.DataProtection;
using Portal.Modules.Webhooks.Application.Abstractions;

namespace Portal.Modules.Webhooks.Infrastructure.Security;

/// <summary>Messages' bodies under ASP.NET Core Data Protection (keys shared by every host).</summary>
internal sealed class DataProtectionWebhookBodies(IDataProtectionProvider provider) : IWebhookBodies
{
    public const string Purpose = "Portal.Webhooks.Body.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Seal(string body) => _protector.Protect(body);

    public string Open(string sealedBody) => _protector.Unprotect(sealedBody);
}
