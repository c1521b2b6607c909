namespace Portal.Host.Pages.Shared;

/// <summary>The password change of a signed-in merchant user or operator, as both account pages offer it.</summary>
internal static class StaffPasswordChange
{
    /// <summary>True when the password changed (every other session of the user has ended); otherwise the errors say why.</summary>
    public static async Task<bool> TryAsync(
        ISender sender, ClaimsPrincipal user, string? currentPassword, string? newPassword, FormErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            if (await sender.SendAsync(
                    new ChangeStaffPasswordCommand(StaffPrincipal.SessionIdOf(user), currentPassword ?? string.Empty, newPassword ?? string.Empty),
                    cancellationToken))
            {
                return true;
            }

            errors.Add("current-password", "Account.CurrentPasswordWrong");
        }
        catch (ValidationException)
        {
            errors.Add("new-password", "Account.NewPasswordInvalid");
        }

        return false;
    }
}
