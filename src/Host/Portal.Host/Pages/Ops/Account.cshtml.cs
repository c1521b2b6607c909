namespace Portal.Host.Pages.Ops;

/// <summary>The signed-in operator's own account: change the password (every other session of theirs ends).</summary>
public sealed class AccountModel(ISender sender) : PageModel
{
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
            return RedirectToPage();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
