namespace Portal.Modules.Identity.Contracts.Operators;

/// <summary>An operator signs in to the operators' area, under the same rules as merchant users. Null: refused.</summary>
public sealed record SignInOperatorCommand(string Email, string Password, string ClientAddress) : ICommand<OperatorSignIn?>;

/// <summary>An operator's new session; <paramref name="CanManageJobs"/> makes the jobs dashboard writable.</summary>
public sealed record OperatorSignIn(Guid SessionId, Guid OperatorId, string Name, bool CanManageJobs);
