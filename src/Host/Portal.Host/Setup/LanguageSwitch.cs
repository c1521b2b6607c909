using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Host.Setup;

/// <summary>
/// <c>/language/it?returnUrl=/portal</c>: remembers the choice in a cookie and goes back. A customer signed in to this
/// mode's portal keeps it too, as the language their emails and documents are written in (every customer of their
/// email, for a unified-portal session).
/// </summary>
internal static class LanguageSwitch
{
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{culture}", async (string culture, string? returnUrl, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        {
            if (!Languages.IsSupported(culture))
            {
                return Results.NotFound();
            }

            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var mode = http.GetMode();
            if ((await http.AuthenticateAsync(AuthenticationSetup.SchemeFor(mode))).Principal is { } user
                && (user.FindFirstValue(PortalPrincipal.UnifiedEmailClaim), PortalCustomer.From(user)) is var (email, customer)
                && (email is not null || customer is not null))
            {
                await sender.SendAsync(new ChooseCustomerLanguageCommand(mode, email is null ? customer!.CustomerId : null, email, culture), cancellationToken);
            }

            var target = IsLocalPath(returnUrl) ? returnUrl! : "/";
            return Results.LocalRedirect(http.Request.PathBase + target);
        }).ExcludeFromDescription();

    /// <summary>A path on this site: "/x", never "//host" or "/\host", which browsers treat as another site.</summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
