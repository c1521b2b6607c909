using Microsoft.AspNetCore.Localization;

namespace Portal.Host.Setup;

/// <summary><c>/language/it?returnUrl=/portal</c>: remembers the choice in a cookie and goes back.</summary>
internal static class LanguageSwitch
{
    public static readonly string[] Cultures = ["en", "it"];

    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.Contains(culture))
            {
                return Results.NotFound();
            }

            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = IsLocalPath(returnUrl) ? returnUrl! : "/";
            return Results.LocalRedirect(http.Request.PathBase + target);
        }).ExcludeFromDescription();

    /// <summary>A path on this site: "/x", never "//host" or "/\host", which browsers treat as another site.</summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
