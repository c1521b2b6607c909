namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// What the confirm page shows for a link, without using it: mail scanners open links with GET, and a
/// GET must never sign anyone in.
/// </summary>
public sealed record InspectPortalLinkQuery(Mode Mode, string Token) : IQuery<PortalLinkPreview>;
