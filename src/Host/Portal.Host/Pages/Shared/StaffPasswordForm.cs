namespace Portal.Host.Pages.Shared;

/// <summary>
/// The password change form of both account pages (a signed-in merchant user's and an operator's), bound
/// from the fields the shared _ChangePassword partial posts: CurrentPassword and NewPassword, unprefixed.
/// </summary>
public sealed class StaffPasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    /// <summary>Why the password did not change, by the form's fields.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>
    /// The account page's POST: when the password changed (every other session of the user has ended), what
    /// <paramref name="changed"/> answers; otherwise the page again, as a 422, with the errors saying why.
    /// </summary>
    public async Task<IActionResult> PostAsync(PageModel page, ISender sender, Func<IActionResult> changed, CancellationToken cancellationToken)
    {
        if (await TryChangeAsync(sender, page.User, cancellationToken))
        {
            return changed();
        }

        page.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page.Page();
    }

    private async Task<bool> TryChangeAsync(ISender sender, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            if (await sender.SendAsync(
                    new ChangeStaffPasswordCommand(StaffPrincipal.SessionIdOf(user), CurrentPassword ?? string.Empty, NewPassword ?? string.Empty),
                    cancellationToken))
            {
                return true;
            }

            Errors.Add("current-password", "Account.CurrentPasswordWrong");
        }
        catch (ValidationException)
        {
            Errors.Add("new-password", "Account.NewPasswordInvalid");
        }

        return false;
    }
}
