namespace Portal.Host.Pages.Portal;

/// <summary>
/// The unified portal: every business where the signed-in email is a customer, in its colours, with its current
/// subscriptions (on hold first) and its license keys, each read in one query for all the businesses, each business,
/// subscription and key page opened without signing in again. Only a unified session gets here; a business session never sees other businesses.
/// </summary>
public sealed class BusinessesModel(ISender sender) : PageModel
{
    private Dictionary<string, int> _accentIndexes = [];

    public string Email { get; private set; } = string.Empty;

    public IReadOnlyList<CustomerBusinessDto> Businesses { get; private set; } = [];

    /// <summary>The businesses' colours, each once: the page has one style rule per colour.</summary>
    public IReadOnlyList<string> Accents { get; private set; } = [];

    /// <summary>The current subscriptions at each business, by its customer id there.</summary>
    public ILookup<string, SubscriptionDto> Subscriptions { get; private set; } = Array.Empty<SubscriptionDto>().ToLookup(s => s.CustomerId);

    /// <summary>The license keys at each business, by its customer id there.</summary>
    public ILookup<string, LicenseKeyDto> LicenseKeys { get; private set; } = Array.Empty<LicenseKeyDto>().ToLookup(k => k.CustomerId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Portal/Index");
        }

        var mode = HttpContext.GetMode();
        Accents = [.. Businesses.Select(b => b.AccentColor).Distinct(StringComparer.Ordinal)];
        _accentIndexes = Accents.Select((accent, i) => (accent, i)).ToDictionary(a => a.accent, a => a.i, StringComparer.Ordinal);
        var customers = CustomerBusinessDto.CustomersOf(Businesses);
        Subscriptions = (await sender.QueryAsync(new ListUnifiedSubscriptionsQuery(mode, customers), cancellationToken)).ToLookup(s => s.CustomerId);
        LicenseKeys = (await sender.QueryAsync(new ListUnifiedLicenseKeysQuery(mode, customers), cancellationToken)).ToLookup(k => k.CustomerId);
        return Page();
    }

    /// <summary>The index of the business's colour in <see cref="Accents"/>, which names its style rule.</summary>
    public int AccentOf(CustomerBusinessDto business) => _accentIndexes[business.AccentColor];

    /// <summary>
    /// Opens a business of this email: <paramref name="open"/> is its id, alone for its overview or followed by one of its
    /// portal's pages (<c>biz_…/portal/licenses</c>); ids hold no slash.
    /// </summary>
    public async Task<IActionResult> OnPostOpenAsync(string? open, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Portal/Index");
        }

        var slash = open?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        var (businessId, to) = slash < 0 ? (open, null) : (open![..slash], open[slash..]);

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
        // The page's own pages only; the subscription page itself still answers 404 for a subscription of another customer.
        return PortalLinks.IsLandingPath(to) ? LocalRedirect(Request.PathBase + to) : RedirectToPage("/Portal/Index");
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
