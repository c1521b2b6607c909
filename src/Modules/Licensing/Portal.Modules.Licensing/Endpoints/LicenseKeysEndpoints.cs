using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;
using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Licensing.Endpoints;

/// <summary>The merchant's license keys (API key): <c>GET /license_keys</c>, <c>GET</c> and <c>PATCH /license_keys/{id}</c>.</summary>
internal static class LicenseKeysEndpoints
{
    private static readonly FrozenSet<string> PatchFields = FrozenSet.Create(StringComparer.Ordinal, "activations_limit", "disabled", "expires_at");

    /// <summary>Dodo's filters of licenseKeys.list this platform applies; any other is refused, never silently ignored.</summary>
    private static readonly FrozenSet<string> ListFilters =
        FrozenSet.Create(StringComparer.Ordinal, "customer_id", "product_id", "status", "created_at_gte", "created_at_lte");

    public static void Map(IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/license_keys").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("License keys");

        keys.MapGet("/", async (
            [FromQuery(Name = "customer_id")] string? customerId,
            [FromQuery(Name = "product_id")] string? productId,
            [FromQuery(Name = "status")] string? status,
            [FromQuery(Name = "created_at_gte")] DateTimeOffset? createdAtGte,
            [FromQuery(Name = "created_at_lte")] DateTimeOffset? createdAtLte,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "license keys");
            var tenant = list.Tenant;
            var page = await list.QueryAsync(new ListLicenseKeysQuery(tenant.BusinessId, tenant.Mode, customerId, productId, status, list.Number, list.Size)
            {
                CreatedAtGte = createdAtGte?.ToUniversalTime(),
                CreatedAtLte = createdAtLte?.ToUniversalTime(),
            });
            return TypedResults.Ok(new LicenseKeyListResponse([.. page.Select(LicenseKeyResponse.From)]));
        }).WithName("ListLicenseKeys");

        keys.MapGet("/{id}", async ([FromRoute(Name = "id")] string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(LicenseKeyResponse.From(await sender.QueryAsync(new GetLicenseKeyQuery(tenant.BusinessId, tenant.Mode, id), ct)));
        }).WithName("GetLicenseKey");

        // Absent leaves a field as it is; null removes the limit or the expiry (Dodo's PATCH).
        keys.MapPatch("/{id}", async ([FromRoute(Name = "id")] string id, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), PatchFields);
            var setLimit = Has(body, "activations_limit", out var limit);
            var setExpiry = Has(body, "expires_at", out var expiry);
            bool? disabled = Has(body, "disabled", out var disabledValue) && disabledValue.ValueKind != JsonValueKind.Null ? Boolean(disabledValue, "disabled") : null;
            var command = new UpdateLicenseKeyCommand(
                tenant.BusinessId,
                tenant.Mode,
                id,
                setLimit,
                setLimit && limit.ValueKind != JsonValueKind.Null ? Integer(limit, "activations_limit") : null,
                disabled,
                setExpiry,
                setExpiry && expiry.ValueKind != JsonValueKind.Null ? Timestamp(expiry, "expires_at") : null);
            return TypedResults.Ok(LicenseKeyResponse.From(await sender.SendAsync(command, ct)));
        }).WithName("UpdateLicenseKey");
    }

    private static DateTimeOffset Timestamp(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var time) ? time.ToUniversalTime() : throw Invalid(name, "an ISO 8601 date and time");

    internal sealed record LicenseKeyListResponse(IReadOnlyList<LicenseKeyResponse> Items);
}
