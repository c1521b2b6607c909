using System.Security.Claims;

namespace Portal.BuildingBlocks.Web;

/// <summary>The business and mode an authenticated API key speaks for.</summary>
public readonly record struct ApiTenant(BusinessId BusinessId, Mode Mode)
{
    public static ApiTenant From(ClaimsPrincipal user) =>
        new(
            BusinessId.FromTrusted(user.FindFirstValue(PortalAuth.BusinessIdClaim) ?? throw new InvalidOperationException("No business claim.")),
            Enum.Parse<Mode>(user.FindFirstValue(PortalAuth.ModeClaim) ?? throw new InvalidOperationException("No mode claim.")));
}
