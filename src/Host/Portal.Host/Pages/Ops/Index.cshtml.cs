namespace Portal.Host.Pages.Ops;

/// <summary>
/// The operators' home: every business of the platform, onboarding a new one (its first owner gets an
/// email to choose a password), the jobs dashboard, and signing out.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<BusinessSummaryDto> Businesses { get; private set; } = [];

    [BindProperty]
    public OnboardingForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>The business just onboarded, named after the redirect.</summary>
    [TempData]
    public string? Onboarded { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOnboardAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(
                new OnboardBusinessCommand(
                    Form.Name ?? string.Empty, Form.SupportEmail ?? string.Empty, (Form.Country ?? string.Empty).Trim().ToUpperInvariant(),
                    (Form.Currency ?? string.Empty).Trim().ToUpperInvariant(), Form.OwnerEmail ?? string.Empty, Form.OwnerName ?? string.Empty, PageLanguage.Current),
                cancellationToken);
            Onboarded = Form.Name;
            return RedirectToPage();
        }
        catch (ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                var field = error.ErrorCode switch
                {
                    "INVALID_SUPPORT_EMAIL" => "support-email",
                    "INVALID_COUNTRY" => "country",
                    "INVALID_CURRENCY" => "currency",
                    "INVALID_OWNER_EMAIL" => "owner-email",
                    "INVALID_OWNER_NAME" => "owner-name",
                    _ => "business-name",
                };
                Errors.Add(field, "Ops.Invalid." + field);
            }
        }
        catch (DomainException refused) when (refused.Error.Code == "MERCHANT_USER_EXISTS")
        {
            Errors.Add("owner-email", "Team.Exists");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync(bool everywhere)
    {
        await StaffPrincipal.SignOutAsync(HttpContext, AuthenticationSetup.OpsScheme, everywhere);
        return RedirectToPage("/Ops/Login");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Businesses = await sender.QueryAsync(new ListBusinessesQuery(), cancellationToken);

    public sealed class OnboardingForm
    {
        public string? Name { get; set; }

        public string? SupportEmail { get; set; }

        public string? Country { get; set; }

        public string? Currency { get; set; }

        public string? OwnerEmail { get; set; }

        public string? OwnerName { get; set; }
    }
}
