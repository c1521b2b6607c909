namespace Portal.Modules.Identity.Contracts.Staff;

/// <summary>
/// An invited merchant user or a new operator chooses their password through their one-time link. Null: the
/// link is unknown, used or expired, and nothing changed.
/// </summary>
public sealed record SetStaffPasswordCommand(string Token, string Password) : ICommand<PasswordSetUp?>;

/// <summary>Whose password was set: an operator signs in at /ops, a merchant user at /admin.</summary>
public sealed record PasswordSetUp(bool IsOperator, string Email);
