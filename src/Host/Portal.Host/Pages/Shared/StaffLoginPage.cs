namespace Portal.Host.Pages.Shared;

/// <summary>
/// The sign-in form of the admin and the operators' areas. An unknown email, a wrong password and too many
/// attempts all get the same answer, so the page never tells which emails have accounts.
/// </summary>
public abstract class StaffLoginPage : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? ErrorKey { get; private set; }

    public abstract string TitleKey { get; }

    protected abstract string Scheme { get; }

    protected abstract string HomePath { get; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ErrorKey = "Admin.Login.Required";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (await SignInAsync(Email, Password, cancellationToken) is not { } principal)
        {
            ErrorKey = "Admin.Login.Failed";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(Scheme, principal);
        return LocalRedirect(LanguageSwitch.IsLocalPath(returnUrl) ? returnUrl! : HomePath);
    }

    /// <summary>The signed-in principal of a new server-side session, or null: refused.</summary>
    protected abstract Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken);
}
