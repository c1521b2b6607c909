using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Host.Security;
using Portal.Modules.Identity.Application.Staff.ChangeStaffPassword;

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
        try
        {
            if (await sender.SendAsync(
                    new ChangeStaffPasswordCommand(StaffPrincipal.SessionIdOf(User), CurrentPassword ?? string.Empty, NewPassword ?? string.Empty),
                    cancellationToken))
            {
                PasswordChanged = true;
                return Redirect(AdminHref("/admin/account"));
            }

            Errors.Add("current-password", "Account.CurrentPasswordWrong");
        }
        catch (ValidationException)
        {
            Errors.Add("new-password", "Account.NewPasswordInvalid");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
