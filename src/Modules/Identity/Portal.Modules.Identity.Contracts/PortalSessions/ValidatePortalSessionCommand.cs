namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Asked on every portal request: is this session still alive in this mode? Keeps it alive
/// (sliding idle timeout) with at most one write a minute.
/// </summary>
public sealed record ValidatePortalSessionCommand(Guid SessionId, Mode Mode) : ICommand<bool>;
