using Portal.Modules.Identity.Contracts.Businesses;


namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// <see cref="ErrorCode"/> is null for a usable link, else LINK_INVALID, LINK_USED or LINK_EXPIRED;
/// <see cref="Business"/> is the link's business (unknown for an invalid link), so its page can wear its colours.
/// </summary>
public sealed record PortalLinkPreview(string? ErrorCode, string? BusinessId, BusinessBrandingDto? Business);
