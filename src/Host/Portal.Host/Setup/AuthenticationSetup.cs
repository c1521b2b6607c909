using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Web;
using Portal.Host.Modes;
using Portal.Host.Pages.Shared;
using Portal.Modules.Identity.Application.PortalSessions.GetPortalAccess;
using Portal.Modules.Identity.Application.PortalSessions.GetPortalSessionWindow;
using Portal.Modules.Identity.Application.PortalSessions.ValidatePortalSession;

namespace Portal.Host.Setup;

/// <summary>
/// Three kinds of caller: merchant servers (API keys, configured by Identity), customers (one cookie per
/// mode, so a test-mode session can never read live data), and merchant staff (the admin cookie).
/// </summary>
internal static class AuthenticationSetup
{
    public const string PortalScheme = "Portal";
    public const string PortalLiveScheme = "PortalLive";
    public const string PortalTestScheme = "PortalTest";
    public const string AdminScheme = "Admin";

    public const string CustomerPolicy = "Customer";
    public const string MerchantPolicy = "Merchant";

    public static readonly TimeSpan PortalSessionIdleTimeout = TimeSpan.FromHours(1);

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthentication(PortalScheme)
            .AddPolicyScheme(PortalScheme, "Customer portal", options =>
                options.ForwardDefaultSelector = context => SchemeFor(context.GetMode()))
            .AddCookie(PortalLiveScheme, options => ConfigurePortalCookie(options, "portal_live", environment))
            .AddCookie(PortalTestScheme, options => ConfigurePortalCookie(options, "portal_test", environment))
            .AddCookie(AdminScheme, options =>
            {
                ConfigureCookie(options, "portal_admin", "/admin/login", environment);
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalAuth.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(PortalAuth.ApiKeyScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(CustomerPolicy, policy => policy
                .AddAuthenticationSchemes(PortalScheme)
                .RequireClaim(PortalAuth.SessionIdClaim))
            .AddPolicy(MerchantPolicy, policy => policy
                .AddAuthenticationSchemes(AdminScheme)
                .RequireAuthenticatedUser());
        return services;
    }

    public static string SchemeFor(Mode mode) => mode == Mode.Test ? PortalTestScheme : PortalLiveScheme;

    /// <summary>
    /// A customer's cookie names a server-side session; every request checks that the session is still
    /// alive (not signed out, not idle for an hour, not older than twelve hours) in this mode and, once a
    /// business is open, that the customer is not blocked there and its portal not closed. The checks are
    /// answered from the read cache (ADR 0019); once a minute it goes through the command that keeps the
    /// session alive.
    /// </summary>
    private static void ConfigurePortalCookie(CookieAuthenticationOptions options, string name, IHostEnvironment environment)
    {
        ConfigureCookie(options, name, "/", environment);
        options.Events.OnValidatePrincipal = async context =>
        {
            if (!await IsSessionAliveAsync(context.Principal, context.HttpContext))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
            }
        };
    }

    private static async Task<bool> IsSessionAliveAsync(ClaimsPrincipal? principal, HttpContext http)
    {
        if (!Guid.TryParse(principal?.FindFirstValue(PortalAuth.SessionIdClaim), out var sessionId))
        {
            return false;
        }

        var sender = http.RequestServices.GetRequiredService<ISender>();
        var mode = http.GetMode();
        var window = await sender.QueryAsync(new GetPortalSessionWindowQuery(sessionId, mode), http.RequestAborted);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (window is null || now >= window.ActiveUntil)
        {
            return false;
        }

        if (PortalCustomer.From(principal!) is { } customer
            && !await sender.QueryAsync(new GetPortalAccessQuery(customer.BusinessId, mode, customer.CustomerId), http.RequestAborted))
        {
            return false;
        }

        return now < window.TouchDueAt
            || await sender.SendAsync(new ValidatePortalSessionCommand(sessionId, mode), http.RequestAborted);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, string name, string loginPath, IHostEnvironment environment)
    {
        var local = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        // Outside local runs the __Host- prefix makes browsers insist on Secure, Path=/ and no Domain.
        options.Cookie.Name = local ? name : "__Host-" + name;
        options.Cookie.Path = "/";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = local ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = PortalSessionIdleTimeout;
        options.LoginPath = loginPath;
        options.AccessDeniedPath = loginPath;
    }
}
