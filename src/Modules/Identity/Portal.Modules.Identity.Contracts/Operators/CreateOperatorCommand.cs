namespace Portal.Modules.Identity.Contracts.Operators;

/// <summary>
/// Makes a platform operator (from the host's command line: never from anything a merchant reaches) and
/// answers the one-time set-password link's token, valid seven days. Asked again for an operator who has
/// not chosen a password yet, it answers a new link.
/// </summary>
public sealed record CreateOperatorCommand(string Email, string Name, bool CanManageJobs) : ICommand<string>;
