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
            // Read now: the dashboard's own middleware moves its prefix into PathBase before the answer starts.
            var isJobsDashboard = context.Request.Path.StartsWithSegments(HangfireSetup.DashboardPath);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                // form-action admits Stripe Checkout: "Add a card" posts here and is redirected to Stripe's page.
                // The Hangfire dashboard (operators only) renders its own inline scripts and styles.
                headers.ContentSecurityPolicy = isJobsDashboard
                    ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                      "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
                    : "default-src 'self'; script-src 'self'; " +
                      $"style-src 'self' 'nonce-{nonce}'; img-src 'self' https: data:; font-src 'self'; " +
                      "connect-src 'self'; form-action 'self' https://checkout.stripe.com; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

                return Task.CompletedTask;
            });
            return next(context);
        });

    public static string GetCspNonce(this HttpContext context) =>
        context.Items.TryGetValue(NonceKey, out var nonce) ? (string)nonce! : string.Empty;
}
