namespace Portal.Host.Pages.Portal;

/// <summary>
/// The unified portal: every business where the signed-in email is a customer, each opened without
/// signing in again. Only a unified session gets here; a business session never sees other businesses.
/// </summary>
public sealed class BusinessesModel(ISender sender) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public IReadOnlyList<CustomerBusinessDto> Businesses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Portal/Index");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string? businessId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Portal/Index");
        }

        // Only a business this email is a customer of: anything else is simply not in the list.
        var chosen = Businesses.FirstOrDefault(b => b.BusinessId.Value == businessId);
        if (chosen is null)
        {
            return NotFound();
        }

        var mode = HttpContext.GetMode();
        var scheme = AuthenticationSetup.SchemeFor(mode);
        await HttpContext.SignInAsync(
            scheme,
            PortalPrincipal.Create(scheme, mode, PortalPrincipal.SessionId(User), chosen.BusinessId, chosen.CustomerId, Email, returnUrl: null));
        return RedirectToPage("/Portal/Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (PortalPrincipal.UnifiedEmail(User) is not { } email)
        {
            return false;
        }

        Email = email;
        Businesses = await sender.QueryAsync(new ListCustomerBusinessesQuery(HttpContext.GetMode(), email), cancellationToken);
        return true;
    }
}
