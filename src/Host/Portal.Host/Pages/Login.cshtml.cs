namespace Portal.Host.Pages;

/// <summary>
/// A business's static link: the customer types the email of a purchase and gets a one-time link by
/// email. The answer is the same whether or not the email is known.
/// </summary>
public sealed class LoginModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public string BusinessName { get; private set; } = string.Empty;

    public bool Sent { get; private set; }

    public string? ErrorKey { get; private set; }

    /// <summary>The merchant closed the portal: the page says so instead of offering the form.</summary>
    public bool Closed { get; private set; }

    public string? SupportEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(string businessId, CancellationToken cancellationToken) =>
        await LoadBusinessAsync(businessId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string businessId, CancellationToken cancellationToken)
    {
        var business = await LoadBusinessAsync(businessId, cancellationToken);
        if (business is null)
        {
            return NotFound();
        }

        if (Closed)
        {
            return Page();
        }

        try
        {
            await sender.SendAsync(new RequestSignInLinkCommand(
                business.Value, HttpContext.GetMode(), Email ?? string.Empty, PageLanguage.Current, HttpContext.ClientAddress()), cancellationToken);
            Sent = true;
        }
        catch (ValidationException)
        {
            ErrorKey = "Login.InvalidEmail";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task<BusinessId?> LoadBusinessAsync(string businessId, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<BusinessId>(businessId, out var id))
        {
            return null;
        }

        try
        {
            var brand = await sender.QueryAsync(new GetBusinessBrandingQuery(id), cancellationToken);
            BusinessName = brand.Name;
            SupportEmail = brand.SupportEmail;
            if (!brand.PortalOpen)
            {
                Closed = true;
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            ViewData[Brand.ViewDataKey] = new Brand(brand.Name, brand.AccentColor, brand.ForegroundOnAccent, brand.LogoUrl);
            return id;
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
