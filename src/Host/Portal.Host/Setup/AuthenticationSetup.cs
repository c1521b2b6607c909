using Microsoft.AspNetCore.Authentication.Cookies;

namespace Portal.Host.Setup;

/// <summary>
/// Four kinds of caller: merchant servers (API keys, configured by Identity), customers (one cookie per
/// mode, so a test-mode session can never read live data), merchant staff (the admin cookie) and platform
/// operators (the ops cookie). Every cookie names a server-side session, checked on every request.
/// </summary>
internal static class AuthenticationSetup
{
    public const string PortalScheme = "Portal";
    public const string PortalLiveScheme = "PortalLive";
    public const string PortalTestScheme = "PortalTest";
    public const string AdminScheme = "Admin";
    public const string OpsScheme = "Ops";

    public const string CustomerPolicy = "Customer";
    public const string MerchantPolicy = "Merchant";
    public const string OperatorPolicy = "Operator";

    /// <summary>The admin and ops cookies' server-side session.</summary>
    public const string StaffSessionClaim = "staff_sid";

    /// <summary>A merchant user's role in their business (<see cref="MerchantRole"/>).</summary>
    public const string MerchantRoleClaim = "merchant_role";

    /// <summary>Present on an operator allowed to act on the jobs dashboard.</summary>
    public const string ManageJobsClaim = "manage_jobs";

    /// <summary>The staff cookie lives at most as long as the longest session; the server-side session decides before that.</summary>
    private static readonly TimeSpan StaffCookieLifetime = TimeSpan.FromHours(12);

    public static readonly TimeSpan PortalSessionIdleTimeout = TimeSpan.FromHours(1);

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthentication(PortalScheme)
            .AddPolicyScheme(PortalScheme, "Customer portal", options =>
                options.ForwardDefaultSelector = context => SchemeFor(context.GetMode()))
            .AddCookie(PortalLiveScheme, options => ConfigurePortalCookie(options, "portal_live", environment))
            .AddCookie(PortalTestScheme, options => ConfigurePortalCookie(options, "portal_test", environment))
            .AddCookie(AdminScheme, options => ConfigureStaffCookie(options, "portal_admin", "/admin/login", environment))
            .AddCookie(OpsScheme, options => ConfigureStaffCookie(options, "portal_ops", "/ops/login", environment));

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalAuth.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(PortalAuth.ApiKeyScheme)
                .RequireAuthenticatedUser())
            .AddPolicy(CustomerPolicy, policy => policy
                .AddAuthenticationSchemes(PortalScheme)
                .RequireClaim(PortalAuth.SessionIdClaim))
            .AddPolicy(MerchantPolicy, policy => policy
                .AddAuthenticationSchemes(AdminScheme)
                .RequireClaim(StaffSessionClaim)
                .RequireClaim(PortalAuth.BusinessIdClaim)
                .RequireClaim(MerchantRoleClaim))
            .AddPolicy(OperatorPolicy, policy => policy
                .AddAuthenticationSchemes(OpsScheme)
                .RequireClaim(StaffSessionClaim));
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

    /// <summary>
    /// A merchant's or operator's cookie names a server-side session: every request checks it is still alive
    /// (not signed out, not ended by a password, role or team change, not idle for two hours, not older than
    /// twelve), from the read cache, touching it through the command once a minute.
    /// </summary>
    private static void ConfigureStaffCookie(CookieAuthenticationOptions options, string name, string loginPath, IHostEnvironment environment)
    {
        ConfigureCookie(options, name, loginPath, environment);
        options.SlidingExpiration = false;
        options.ExpireTimeSpan = StaffCookieLifetime;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (!await IsStaffSessionAliveAsync(context.Principal, context.HttpContext))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
            }
        };
    }

    private static async Task<bool> IsStaffSessionAliveAsync(ClaimsPrincipal? principal, HttpContext http)
    {
        if (!Guid.TryParse(principal?.FindFirstValue(StaffSessionClaim), out var sessionId))
        {
            return false;
        }

        var sender = http.RequestServices.GetRequiredService<ISender>();
        var window = await sender.QueryAsync(new GetStaffSessionWindowQuery(sessionId), http.RequestAborted);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (window is null || now >= window.ActiveUntil)
        {
            return false;
        }

        return now < window.TouchDueAt || await sender.SendAsync(new ValidateStaffSessionCommand(sessionId), http.RequestAborted);
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
