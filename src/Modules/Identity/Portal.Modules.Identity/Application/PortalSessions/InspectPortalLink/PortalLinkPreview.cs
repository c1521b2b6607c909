namespace Portal.Modules.Identity.Application.PortalSessions.InspectPortalLink;

/// <summary><see cref="ErrorCode"/> is null for a usable link, else LINK_INVALID, LINK_USED or LINK_EXPIRED.</summary>
public sealed record PortalLinkPreview(string? ErrorCode, string? BusinessName);
