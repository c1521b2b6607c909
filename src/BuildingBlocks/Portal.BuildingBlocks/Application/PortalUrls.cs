using Microsoft.Extensions.Configuration;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.BuildingBlocks.Application;

/// <summary>
/// The public base URL of each mode (configuration <c>Portal:LiveBaseUrl</c> and <c>Portal:TestBaseUrl</c>)
/// and the addresses built on it that leave the server in API answers and emails.
/// </summary>
public sealed class PortalUrls
{
    public PortalUrls(IConfiguration configuration)
    {
        Live = Parse(configuration["Portal:LiveBaseUrl"] ?? "http://localhost:5080", "Portal:LiveBaseUrl");
        Test = Parse(configuration["Portal:TestBaseUrl"] ?? Live.AbsoluteUri.TrimEnd('/') + "/test", "Portal:TestBaseUrl");
    }

    public Uri Live { get; }

    public Uri Test { get; }

    public Uri BaseFor(Mode mode) => mode == Mode.Live ? Live : Test;

    /// <summary>The one-time sign-in link; the token travels in the path and is consumed only by a POST.</summary>
    public string SignInLink(Mode mode, string token) => $"{BaseFor(mode).AbsoluteUri.TrimEnd('/')}/session/{token}";

    /// <summary>A business's static link: never expires, asks the customer for the email of a purchase.</summary>
    public string StaticLink(Mode mode, BusinessId businessId) => $"{BaseFor(mode).AbsoluteUri.TrimEnd('/')}/login/{businessId.Value}";

    /// <summary>The one-time link with which invited staff (merchant users, operators) choose their password; staff pages have no mode.</summary>
    public string PasswordSetupLink(string token) => $"{Live.AbsoluteUri.TrimEnd('/')}/account/set-password/{token}";

    private static Uri Parse(string value, string key) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"{key} must be an absolute http(s) URL.");
}
