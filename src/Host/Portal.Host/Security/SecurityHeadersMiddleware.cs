using System.Security.Cryptography;

namespace Portal.Host.Security;

/// <summary>
/// Headers every answer carries. The content security policy allows only this origin, plus inline
/// styles that carry the per-request nonce (the business's accent colour is such a style).
/// </summary>
internal static class SecurityHeadersMiddleware
{
    private const string NonceKey = "portal.csp-nonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                // The Hangfire dashboard renders its own inline scripts; it is for signed-in admins only.
                // form-action admits Stripe Checkout: "Add a card" posts here and is redirected to Stripe's page.
                if (!context.Request.Path.StartsWithSegments("/admin/jobs"))
                {
                    headers.ContentSecurityPolicy =
                        "default-src 'self'; script-src 'self'; " +
                        $"style-src 'self' 'nonce-{nonce}'; img-src 'self' https: data:; font-src 'self'; " +
                        "connect-src 'self'; form-action 'self' https://checkout.stripe.com; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

    public static string GetCspNonce(this HttpContext context) =>
        context.Items.TryGetValue(NonceKey, out var nonce) ? (string)nonce! : string.Empty;
}
