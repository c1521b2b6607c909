namespace Portal.Modules.Identity.Application.PortalSessions.CreatePortalSession;

public sealed record PortalSessionLink(string Link, DateTimeOffset ExpiresAt);
