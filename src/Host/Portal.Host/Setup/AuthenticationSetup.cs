using Microsoft.AspNetCore.Authentication.Cookies;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Web;
using Portal.Host.Modes;

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
            .AddCookie(PortalLiveScheme, options => ConfigureCookie(options, "portal_live", "/", "/", environment))
            .AddCookie(PortalTestScheme, options => ConfigureCookie(options, "portal_test", ModeMiddleware.TestPathBase, "/", environment))
            .AddCookie(AdminScheme, options =>
            {
                ConfigureCookie(options, "portal_admin", "/", "/admin/login", environment);
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalAuth.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(PortalAuth.ApiKeyScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(CustomerPolicy, policy => policy
                .AddAuthenticationSchemes(PortalScheme)
                .RequireClaim(PortalAuth.CustomerIdClaim))
            .AddPolicy(MerchantPolicy, policy => policy
                .AddAuthenticationSchemes(AdminScheme)
                .RequireAuthenticatedUser());
        return services;
    }

    public static string SchemeFor(Mode mode) => mode == Mode.Test ? PortalTestScheme : PortalLiveScheme;

    private static void ConfigureCookie(CookieAuthenticationOptions options, string name, string path, string loginPath, IHostEnvironment environment)
    {
        options.Cookie.Name = name;
        options.Cookie.Path = path;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = PortalSessionIdleTimeout;
        options.LoginPath = loginPath;
        options.AccessDeniedPath = loginPath;
    }
}
