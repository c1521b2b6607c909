namespace Portal.Host.Pages.Admin;

/// <summary>
/// The signed-in merchant user's own account: change the password (every other session of theirs ends), or
/// sign out everywhere (the form posts to the admin home's sign-out).
/// </summary>
public sealed class AccountModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Account;

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public FormErrors Errors { get; } = new();

    [TempData]
    public bool PasswordChanged { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await StaffPasswordChange.TryAsync(sender, User, CurrentPassword, NewPassword, Errors, cancellationToken))
        {
            PasswordChanged = true;
            return Redirect(AdminHref("/admin/account"));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
