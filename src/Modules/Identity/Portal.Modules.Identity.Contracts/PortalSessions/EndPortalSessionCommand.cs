namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>Signs out on the server: the cookie, even if replayed, no longer opens anything.</summary>
public sealed record EndPortalSessionCommand(Guid SessionId) : ICommand<Unit>;
