using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Setup;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// What every admin page shares: the merchant's business, read from the admin cookie and never from
/// the request, so a merchant can only ever name their own business; and the mode shown, from
/// <c>?mode=test|live</c> (test unless live is asked for), carried by every admin link and form.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    public const string ModeParameter = "mode";

    public abstract AdminSection Section { get; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode => ModeOf(Request.Query[ModeParameter]);

    /// <summary>The mode as it travels in links: <c>test</c> or <c>live</c>.</summary>
    public string ModeValue => ValueOf(Mode);

    /// <summary>Where the mode switch leads: the same page, unless the page shows a record of one mode.</summary>
    public virtual string ModeSwitchPath => Request.Path;

    public static string ValueOf(Mode mode) => mode == Mode.Live ? "live" : "test";

    /// <summary>A path of the admin area in the mode shown, with any further query parameters.</summary>
    public string AdminHref(string path, params (string Name, string? Value)[] query) => AdminHref(path, Mode, query);

    public string AdminHref(string path, Mode mode, params (string Name, string? Value)[] query)
    {
        var parameters = new List<KeyValuePair<string, string?>> { new(ModeParameter, ValueOf(mode)) };
        parameters.AddRange(query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, string?>(q.Name, q.Value)));
        return QueryHelpers.AddQueryString(Request.PathBase + path, parameters);
    }

    /// <summary>Times are stored in UTC and shown in UTC, in the page's language, so no one guesses a time zone.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // Every admin cookie is issued with the claim; one without it (issued before the claim existed,
        // say) is sent back to sign in rather than allowed to guess a business.
        if (!PrefixedId.TryParse<BusinessId>(User.FindFirstValue(PortalAuth.BusinessIdClaim), out var business))
        {
            context.Result = Challenge(AuthenticationSetup.AdminScheme);
            return;
        }

        BusinessId = business;
    }

    /// <summary>Pages that show a one-time secret must not leave it in any cache.</summary>
    protected void DoNotStore() => Response.Headers.CacheControl = "no-store";

    private static Mode ModeOf(string? value) =>
        string.Equals(value, "live", StringComparison.OrdinalIgnoreCase) ? Mode.Live : Mode.Test;
}
