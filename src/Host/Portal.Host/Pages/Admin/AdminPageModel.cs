using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// What every admin page shares: the merchant's business, read from the admin cookie and never from
/// the request, so a merchant can only ever name their own business; the merchant's role, checked against
/// <see cref="AdminAccess"/> before any handler runs (403 above it); and the mode shown, from
/// <c>?mode=test|live</c> (test unless live is asked for), carried by every admin link and form.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    public const string ModeParameter = "mode";

    public abstract AdminSection Section { get; }

    public BusinessId BusinessId { get; private set; }

    /// <summary>The signed-in merchant user's role in the business.</summary>
    public MerchantRole Role { get; private set; }

    /// <summary>Whether the signed-in user's role reaches <paramref name="role"/>: pages offer only what the user may do.</summary>
    public bool Has(MerchantRole role) => Role >= role;

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
        // Every admin cookie is issued with both claims; one without them is sent back to sign in rather than
        // allowed to guess a business or a role.
        if (!PrefixedId.TryParse<BusinessId>(User.FindFirstValue(PortalAuth.BusinessIdClaim), out var business)
            || StaffPrincipal.RoleOf(User) is not { } role)
        {
            context.Result = Challenge(AuthenticationSetup.AdminScheme);
            return;
        }

        BusinessId = business;
        Role = role;
        var required = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method)
            ? AdminAccess.ToSee(Section)
            : context.HandlerMethod?.MethodInfo.GetCustomAttribute<AllowedForAttribute>()?.Role ?? AdminAccess.ToChange(Section);
        if (role < required)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>Pages that show a one-time secret must not leave it in any cache.</summary>
    protected void DoNotStore() => Response.Headers.CacheControl = "no-store";

    private static Mode ModeOf(string? value) =>
        string.Equals(value, "live", StringComparison.OrdinalIgnoreCase) ? Mode.Live : Mode.Test;
}
