namespace Portal.Modules.Identity.Domain.PortalLinks;

/// <summary>What a sign-in link opens; a link is never good for another purpose.</summary>
internal enum PortalLinkPurpose
{
    /// <summary>One business's portal, for one customer.</summary>
    BusinessPortal = 0,

    /// <summary>The unified portal: every business where the email is a customer.</summary>
    UnifiedPortal = 1,
}
