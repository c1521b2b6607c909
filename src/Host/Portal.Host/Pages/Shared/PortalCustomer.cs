namespace Portal.Host.Pages.Shared;

/// <summary>The customer and business a portal session is looking at, read from its cookie's claims.</summary>
internal sealed record PortalCustomer(BusinessId BusinessId, CustomerId CustomerId, string? ReturnUrl)
{
    /// <summary>Null for a unified-portal session that has not opened a business yet.</summary>
    public static PortalCustomer? From(ClaimsPrincipal user) =>
        user.FindFirstValue(PortalAuth.BusinessIdClaim) is { } business && user.FindFirstValue(PortalAuth.CustomerIdClaim) is { } customer
            ? new PortalCustomer(BusinessId.FromTrusted(business), CustomerId.FromTrusted(customer), user.FindFirstValue(PortalPrincipal.ReturnUrlClaim))
            : null;
}
