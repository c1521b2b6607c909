namespace Portal.Host.Pages.Portal;

/// <summary>The customer's own details: name and phone can be changed, the email is how they sign in.</summary>
public sealed class ProfileModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? PhoneNumber { get; set; }

    public string Email { get; private set; } = string.Empty;

    public string BusinessName { get; private set; } = string.Empty;

    public bool Saved { get; private set; }

    /// <summary>Fields refused, by their snake_case name, as the validators report them.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        var overview = await LoadAsync(customer, cancellationToken);
        (Name, PhoneNumber) = (overview.CustomerName, overview.CustomerPhoneNumber);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        try
        {
            await sender.SendAsync(
                new UpdateCustomerProfileCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, Name ?? string.Empty, PhoneNumber),
                cancellationToken);
            Saved = true;
        }
        catch (ValidationException exception)
        {
            Errors = exception.Errors
                .GroupBy(e => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(customer, cancellationToken);
        return Page();
    }

    private async Task<PortalOverviewDto> LoadAsync(PortalCustomer customer, CancellationToken cancellationToken)
    {
        var overview = await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken);
        Email = overview.CustomerEmail;
        BusinessName = overview.BusinessName;
        return overview;
    }
}
