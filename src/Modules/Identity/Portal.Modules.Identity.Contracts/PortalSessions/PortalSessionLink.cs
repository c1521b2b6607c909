namespace Portal.Modules.Identity.Contracts.PortalSessions;

public sealed record PortalSessionLink(string Link, DateTimeOffset ExpiresAt);
