using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Web;
using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Webhooks.Endpoints;

/// <summary>
/// The merchant's webhook endpoints (API key), in Dodo's shape: <c>POST</c>/<c>GET /webhooks</c>,
/// <c>GET</c>/<c>PATCH</c>/<c>DELETE /webhooks/{id}</c>, <c>GET /webhooks/{id}/secret</c> and
/// <c>GET</c>/<c>PATCH /webhooks/{id}/headers</c>. The key's business and mode scope every one.
/// </summary>
internal static class WebhooksEndpoints
{
    /// <summary>What webhooks.list takes: its cursor paging, and no filter.</summary>
    private static readonly FrozenSet<string> ListParameters = FrozenSet.Create(StringComparer.Ordinal, "limit", "iterator");

    private static readonly FrozenSet<string> CreateFields =
        FrozenSet.Create(StringComparer.Ordinal, "url", "description", "filter_types", "disabled", "headers", "metadata", "rate_limit", "idempotency_key");

    private static readonly FrozenSet<string> UpdateFields =
        FrozenSet.Create(StringComparer.Ordinal, "url", "description", "filter_types", "disabled", "metadata", "rate_limit");

    private static readonly FrozenSet<string> HeaderFields = FrozenSet.Create(StringComparer.Ordinal, "headers");

    public static void Map(IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/webhooks").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Webhooks");

        webhooks.MapPost("/", async (JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), CreateFields);
            var command = new CreateWebhookEndpointCommand(
                tenant.BusinessId,
                tenant.Mode,
                Input(body) with { Url = String(Required(body, "url", "a URL"), "url") },
                Has(body, "headers", out var headers) ? StringMap(headers, "headers") : null,
                OptionalString(body, "idempotency_key"));
            return TypedResults.Ok(WebhookResponse.From(await sender.SendAsync(command, ct)));
        }).WithName("CreateWebhook");

        webhooks.MapGet("/", async ([FromQuery(Name = "limit")] int? limit, [FromQuery(Name = "iterator")] string? iterator, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            ApiListRequest.AcceptOnly(http.Request, ListParameters, "webhooks");
            var tenant = ApiTenant.From(http.User);
            var page = await sender.QueryAsync(new ListWebhookEndpointsQuery(tenant.BusinessId, tenant.Mode, string.IsNullOrEmpty(iterator) ? null : iterator, limit ?? 20), ct);
            return TypedResults.Ok(new WebhookListResponse([.. page.Data.Select(WebhookResponse.From)], page.Iterator, page.Iterator is null));
        }).WithName("ListWebhooks");

        webhooks.MapGet("/{webhook_id}", async ([FromRoute(Name = "webhook_id")] string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(WebhookResponse.From(await sender.QueryAsync(new GetWebhookEndpointQuery(tenant.BusinessId, tenant.Mode, id), ct)));
        }).WithName("GetWebhook");

        webhooks.MapPatch("/{webhook_id}", async ([FromRoute(Name = "webhook_id")] string id, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), UpdateFields);
            var input = Input(body) with { Url = Has(body, "url", out var url) ? String(url, "url") : null };
            return TypedResults.Ok(WebhookResponse.From(await sender.SendAsync(new UpdateWebhookEndpointCommand(tenant.BusinessId, tenant.Mode, id, input), ct)));
        }).WithName("UpdateWebhook");

        webhooks.MapDelete("/{webhook_id}", async ([FromRoute(Name = "webhook_id")] string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            await sender.SendAsync(new DeleteWebhookEndpointCommand(tenant.BusinessId, tenant.Mode, id), ct);
            return TypedResults.NoContent();
        }).WithName("DeleteWebhook");

        webhooks.MapGet("/{webhook_id}/secret", async ([FromRoute(Name = "webhook_id")] string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(new WebhookSecretResponse(await sender.QueryAsync(new GetWebhookSecretQuery(tenant.BusinessId, tenant.Mode, id), ct)));
        }).WithName("GetWebhookSecret");

        webhooks.MapGet("/{webhook_id}/headers", async ([FromRoute(Name = "webhook_id")] string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(new WebhookHeadersResponse(await sender.QueryAsync(new GetWebhookHeadersQuery(tenant.BusinessId, tenant.Mode, id), ct), []));
        }).WithName("GetWebhookHeaders");

        webhooks.MapPatch("/{webhook_id}/headers", async ([FromRoute(Name = "webhook_id")] string id, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), HeaderFields);
            var headers = StringMap(Required(body, "headers", "an object of header names and values"), "headers")!;
            await sender.SendAsync(new UpdateWebhookHeadersCommand(tenant.BusinessId, tenant.Mode, id, headers), ct);
            return TypedResults.NoContent();
        }).WithName("UpdateWebhookHeaders");
    }

    /// <summary>The fields a create and an update share; absent leaves a field as it is, and null clears what can be cleared.</summary>
    private static WebhookEndpointInput Input(JsonElement body)
    {
        var setRateLimit = Has(body, "rate_limit", out var rateLimit);
        return new WebhookEndpointInput(
            Description: Has(body, "description", out var description) ? NullableString(description, "description") ?? string.Empty : null,
            FilterTypes: Has(body, "filter_types", out var types) ? StringList(types, "filter_types") : null,
            Disabled: Has(body, "disabled", out var disabled) && disabled.ValueKind != JsonValueKind.Null ? Boolean(disabled, "disabled") : null,
            Metadata: Has(body, "metadata", out var metadata) ? StringMap(metadata, "metadata") ?? new Dictionary<string, string>() : null,
            SetRateLimit: setRateLimit,
            RateLimit: setRateLimit && rateLimit.ValueKind != JsonValueKind.Null ? Integer(rateLimit, "rate_limit") : null);
    }

    private static IReadOnlyList<string> StringList(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => [],
        JsonValueKind.Array => [.. value.EnumerateArray().Select(item => String(item, name))],
        _ => throw Invalid(name, "a list of event types"),
    };
}
