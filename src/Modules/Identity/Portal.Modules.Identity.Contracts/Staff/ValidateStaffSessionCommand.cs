namespace Portal.Modules.Identity.Contracts.Staff;

/// <summary>Is this merchant's or operator's session still alive? Keeps it alive, with at most one write a minute.</summary>
public sealed record ValidateStaffSessionCommand(Guid SessionId) : ICommand<bool>;
