using System.Security.Claims;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;

namespace Portal.Host.Pages.Shared;

/// <summary>The customer a portal session belongs to, read from its cookie's claims.</summary>
internal sealed record PortalCustomer(Guid SessionId, BusinessId BusinessId, CustomerId CustomerId, string? ReturnUrl)
{
    public static PortalCustomer From(ClaimsPrincipal user) =>
        new(
            Guid.Parse(user.FindFirstValue(PortalAuth.SessionIdClaim)!),
            BusinessId.FromTrusted(user.FindFirstValue(PortalAuth.BusinessIdClaim)!),
            CustomerId.FromTrusted(user.FindFirstValue(PortalAuth.CustomerIdClaim)!),
            user.FindFirstValue(PortalClaims.ReturnUrl));
}
