namespace Portal.Host.Pages.Ops;

/// <summary>The signed-in operator's own account: change the password (every other session of theirs ends).</summary>
public sealed class AccountModel(ISender sender) : PageModel
{
    /// <summary>The password change form (its fields are posted unprefixed, hence the empty name).</summary>
    [BindProperty(Name = "")]
    public StaffPasswordForm Password { get; set; } = new();

    [TempData]
    public bool PasswordChanged { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        Password.PostAsync(this, sender, () =>
        {
            PasswordChanged = true;
            return RedirectToPage();
        }, cancellationToken);
}
