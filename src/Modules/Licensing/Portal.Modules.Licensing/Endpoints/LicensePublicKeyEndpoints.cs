using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Licensing.Contracts.LicenseFiles;

namespace Portal.Modules.Licensing.Endpoints;

/// <summary>
/// <c>GET /licenses/public-key/{business_id}</c> (live) and <c>/test/licenses/public-key/{business_id}</c>
/// (test): the key software uses to verify the business's license files offline. Public, like the key
/// itself: no API key, the mode comes from the path (ADR 0007).
/// </summary>
internal static class LicensePublicKeyEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/licenses/public-key/{business_id}", async ([FromRoute(Name = "business_id")] string businessId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            if (!PrefixedId.TryParse<BusinessId>(businessId, out var business))
            {
                return Results.Json(ApiError.NotFound, statusCode: ApiError.NotFound.Status);
            }

            var key = await sender.QueryAsync(new GetLicensePublicKeyQuery(business, http.GetMode()), ct);
            return Results.Ok(new LicensePublicKeyResponse(
                key.BusinessId, key.Mode == Mode.Live ? "live" : "test", key.Algorithm, key.KeyId, key.PublicKey, key.PublicKeyPem));
        }).AllowAnonymous().WithTags("Licenses").WithName("GetLicensePublicKey");

    internal sealed record LicensePublicKeyResponse(string BusinessId, string Mode, string Algorithm, string KeyId, string PublicKey, string PublicKeyPem);
}
