namespace Portal.Modules.Identity.Contracts.Staff;

/// <summary>Signs out: ends this session on the server or, <paramref name="Everywhere"/>, every session of its account.</summary>
public sealed record EndStaffSessionCommand(Guid SessionId, bool Everywhere) : ICommand<Unit>;
