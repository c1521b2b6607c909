namespace Portal.Host.Pages.Shared;

/// <summary>Claims only the portal's pages use.</summary>
internal static class PortalClaims
{
    /// <summary>Where the merchant wants the customer sent back ("Return to {business}").</summary>
    public const string ReturnUrl = "return_url";
}
