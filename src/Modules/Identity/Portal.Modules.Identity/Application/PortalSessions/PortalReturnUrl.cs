using Microsoft.Extensions.Configuration;

namespace Portal.Modules.Identity.Application.PortalSessions;

/// <summary>
/// Where a portal session may send the customer back to (the "Return to {business}" button): an https
/// URL, or one on an origin of <c>Portal:AllowedReturnOrigins</c> (local development over http).
/// </summary>
internal static class PortalReturnUrl
{
    public static void Validate<T>(IRuleBuilder<T, string?> rule, IConfiguration configuration)
    {
        var allowedOrigins = configuration.GetSection("Portal:AllowedReturnOrigins").Get<string[]>() ?? [];
        rule.Must(url => url is null || IsAllowed(url, allowedOrigins))
            .WithErrorCode("INVALID_RETURN_URL")
            .WithMessage("return_url must be an https URL or start with an allowed origin.");
    }

    // Checked on the raw text as well as the parsed URI: lenient parsing turns "https:evil.example"
    // into https://evil.example/, and a return URL must be exactly what it looks like.
    private static bool IsAllowed(string url, string[] allowedOrigins) =>
        url.Length <= 2048
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && !string.IsNullOrEmpty(uri.Host)
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
        && (uri.Scheme == Uri.UriSchemeHttps
            || allowedOrigins.Contains(uri.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase));
}
