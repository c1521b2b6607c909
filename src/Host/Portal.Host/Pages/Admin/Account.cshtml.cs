namespace Portal.Host.Pages.Admin;

/// <summary>
/// The signed-in merchant user's own account: change the password (every other session of theirs ends), or
/// sign out everywhere (the form posts to the admin home's sign-out).
/// </summary>
public sealed class AccountModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Account;

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
            return Redirect(AdminHref("/admin/account"));
        }, cancellationToken);
}
