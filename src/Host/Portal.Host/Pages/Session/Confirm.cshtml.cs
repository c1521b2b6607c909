namespace Portal.Host.Pages.Session;

/// <summary>
/// The dynamic link lands here. GET only shows a button (mail scanners follow links); the POST uses
/// the link once, signs the customer in and moves to the token-free overview.
/// </summary>
public sealed class ConfirmModel(ISender sender) : PageModel
{
    public string? ErrorCode { get; private set; }

    public string? BusinessName { get; private set; }

    /// <summary>Where a customer whose link is used up can ask for a new one: the business's static link.</summary>
    public string? StaticLinkBusinessId { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        await DescribeAsync(token, cancellationToken);
        if (ErrorCode is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        var mode = HttpContext.GetMode();
        PortalSignIn signIn;
        try
        {
            signIn = await sender.SendAsync(new ConsumePortalLinkCommand(mode, token ?? string.Empty, PageLanguage.Current), cancellationToken);
        }
        catch (DomainException)
        {
            await DescribeAsync(token, cancellationToken);
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var scheme = AuthenticationSetup.SchemeFor(mode);
        await HttpContext.SignInAsync(
            scheme,
            PortalPrincipal.Create(scheme, mode, signIn.SessionId, signIn.BusinessId, signIn.CustomerId, signIn.Email, signIn.ReturnUrl));
        if (signIn.Email is not null)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        // Checked again here: only a page of this portal, under this mode's path base.
        return PortalLinks.IsLandingPath(signIn.LandingPath) ? LocalRedirect(Request.PathBase + signIn.LandingPath) : RedirectToPage("/Portal/Index");
    }

    private async Task DescribeAsync(string? token, CancellationToken cancellationToken)
    {
        var preview = await sender.QueryAsync(new InspectPortalLinkQuery(HttpContext.GetMode(), token ?? string.Empty), cancellationToken);
        ErrorCode = preview.ErrorCode;
        StaticLinkBusinessId = preview.BusinessId;
        if (preview.Business is { } business)
        {
            BusinessName = business.Name;
            ViewData[Brand.ViewDataKey] = new Brand(business.Name, business.AccentColor, business.ForegroundOnAccent, business.LogoUrl);
        }
    }
}
