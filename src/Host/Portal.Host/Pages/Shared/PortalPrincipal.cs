namespace Portal.Host.Pages.Shared;

/// <summary>
/// What a customer's cookie says: its server-side session, and either one business and customer, or
/// (unified portal) an email plus the business chosen last, which can be switched without signing in.
/// </summary>
internal static class PortalPrincipal
{
    /// <summary>Where the merchant wants the customer sent back ("Return to {business}").</summary>
    public const string ReturnUrlClaim = "return_url";

    /// <summary>Present only on unified-portal sessions: the email whose businesses may be opened.</summary>
    public const string UnifiedEmailClaim = "unified_email";

    public static ClaimsPrincipal Create(
        string scheme, Mode mode, Guid sessionId, BusinessId? business, CustomerId? customer, string? unifiedEmail, string? returnUrl)
    {
        var claims = new List<Claim>
        {
            new(PortalAuth.SessionIdClaim, sessionId.ToString()),
            new(PortalAuth.ModeClaim, mode.ToString()),
        };
        if (business is { } businessId && customer is { } customerId)
        {
            claims.Add(new Claim(PortalAuth.BusinessIdClaim, businessId.Value));
            claims.Add(new Claim(PortalAuth.CustomerIdClaim, customerId.Value));
        }

        if (unifiedEmail is not null)
        {
            claims.Add(new Claim(UnifiedEmailClaim, unifiedEmail));
        }

        if (returnUrl is not null)
        {
            claims.Add(new Claim(ReturnUrlClaim, returnUrl));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Guid SessionId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(PortalAuth.SessionIdClaim)!);

    public static string? UnifiedEmail(ClaimsPrincipal user) => user.FindFirstValue(UnifiedEmailClaim);
}
