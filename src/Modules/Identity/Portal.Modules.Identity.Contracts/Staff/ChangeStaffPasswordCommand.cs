namespace Portal.Modules.Identity.Contracts.Staff;

/// <summary>
/// A signed-in merchant user or operator changes their password; every other session of theirs ends, so a
/// stolen cookie dies with the old password. False: the current password was wrong, and nothing changed.
/// </summary>
public sealed record ChangeStaffPasswordCommand(Guid SessionId, string CurrentPassword, string NewPassword) : ICommand<bool>;
