using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Licensing.Application.Instances.GetLicenseKeyInstance;
using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Licensing.Endpoints;

/// <summary>The merchant's license key instances (API key): <c>GET /license_key_instances</c>, <c>GET</c> and <c>PATCH …/{id}</c> (rename).</summary>
internal static class LicenseKeyInstancesEndpoints
{
    /// <summary>Dodo's filters of licenseKeyInstances.list; grant_id is taken only empty (there are no grants here).</summary>
    private static readonly FrozenSet<string> ListFilters = FrozenSet.Create(StringComparer.Ordinal, "license_key_id", "grant_id");

    private static readonly FrozenSet<string> PatchFields = FrozenSet.Create(StringComparer.Ordinal, "name");

    public static void Map(IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup("/license_key_instances").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("License keys");

        instances.MapGet("/", async (
            [FromQuery(Name = "license_key_id")] string? licenseKeyId,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "license key instances");
            if (!string.IsNullOrEmpty(list.Http.Request.Query["grant_id"]))
            {
                throw new DomainException(Error.Validation("UNSUPPORTED_FILTER", "Filtering license key instances by grant_id is not supported."));
            }

            var tenant = list.Tenant;
            var page = await list.QueryAsync(new ListLicenseKeyInstancesQuery(tenant.BusinessId, tenant.Mode, licenseKeyId, list.Number, list.Size));
            return TypedResults.Ok(new LicenseKeyInstanceListResponse([.. page.Select(LicenseKeyInstanceResponse.From)]));
        }).WithName("ListLicenseKeyInstances");

        instances.MapGet("/{id}", async ([FromRoute(Name = "id")] string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(LicenseKeyInstanceResponse.From(await sender.QueryAsync(new GetLicenseKeyInstanceQuery(tenant.BusinessId, tenant.Mode, id), ct)));
        }).WithName("GetLicenseKeyInstance");

        instances.MapPatch("/{id}", async ([FromRoute(Name = "id")] string id, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), PatchFields);
            var name = String(Required(body, "name", "a string"), "name");
            var instance = await sender.SendAsync(new RenameLicenseKeyInstanceCommand(tenant.BusinessId, tenant.Mode, null, id, name), ct);
            return TypedResults.Ok(LicenseKeyInstanceResponse.From(instance));
        }).WithName("UpdateLicenseKeyInstance");
    }

    internal sealed record LicenseKeyInstanceListResponse(IReadOnlyList<LicenseKeyInstanceResponse> Items);
}
