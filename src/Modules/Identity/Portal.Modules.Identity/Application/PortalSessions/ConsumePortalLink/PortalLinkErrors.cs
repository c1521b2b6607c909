namespace Portal.Modules.Identity.Application.PortalSessions.ConsumePortalLink;

internal static class PortalLinkErrors
{
    public static readonly Error Invalid = Error.Unprocessable("LINK_INVALID", "This sign-in link is not valid.");
    public static readonly Error Used = Error.Unprocessable("LINK_USED", "This sign-in link has already been used.");
    public static readonly Error Expired = Error.Unprocessable("LINK_EXPIRED", "This sign-in link has expired.");
}
