using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Billing.Application.Refunds.ListRefunds;
using Portal.Modules.Billing.Contracts.Refunds;
using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>
/// The Dodo-compatible refund resource: <c>POST /refunds</c> (<c>refunds.create</c>: refunds everything not yet refunded
/// of a payment), <c>GET /refunds</c> and <c>GET /refunds/{refund_id}</c>.
/// </summary>
internal static class RefundsEndpoints
{
    /// <summary>Dodo's filters of refunds.list; any other is refused, never silently ignored.</summary>
    private static readonly FrozenSet<string> ListFilters =
        FrozenSet.Create(StringComparer.Ordinal, "customer_id", "subscription_id", "status", "created_at_gte", "created_at_lte");

    private static readonly FrozenSet<string> CreateFields = FrozenSet.Create(StringComparer.Ordinal, "payment_id", "reason");

    public static void Map(IEndpointRouteBuilder app)
    {
        var refunds = app.MapGroup("/refunds").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Refunds");

        // items (a refund by line) and metadata are Dodo's too, but not applied here: refused, never silently dropped.
        refunds.MapPost("/", async (JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), CreateFields);
            var refund = await sender.SendAsync(
                new RefundPaymentCommand(tenant.BusinessId, tenant.Mode, OptionalString(body, "payment_id") ?? string.Empty, null, OptionalString(body, "reason")), ct);
            return TypedResults.Ok(RefundResponse.From(refund));
        }).WithName("CreateRefund");

        refunds.MapGet("/", async (
            [FromQuery(Name = "customer_id")] string? customerId,
            [FromQuery(Name = "subscription_id")] string? subscriptionId,
            [FromQuery(Name = "status")] string? status,
            [FromQuery(Name = "created_at_gte")] DateTimeOffset? createdAtGte,
            [FromQuery(Name = "created_at_lte")] DateTimeOffset? createdAtLte,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "refunds");
            var tenant = list.Tenant;
            var page = await list.QueryAsync(new ListRefundsQuery(
                tenant.BusinessId, tenant.Mode, customerId, subscriptionId, status, createdAtGte?.ToUniversalTime(), createdAtLte?.ToUniversalTime(), list.Number, list.Size));
            return TypedResults.Ok(new RefundListResponse([.. page.Select(RefundResponse.From)]));
        }).WithName("ListRefunds");

        refunds.MapGet("/{refund_id}", async ([FromRoute(Name = "refund_id")] string refundId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(RefundResponse.From(await sender.QueryAsync(new GetRefundQuery(tenant.BusinessId, tenant.Mode, refundId), ct)));
        }).WithName("GetRefund");
    }

    internal sealed record RefundListResponse(IReadOnlyList<RefundResponse> Items);

    /// <summary>Dodo's <c>Refund</c>; <c>customer</c> carries the id only (the payment has the contact details).</summary>
    internal sealed record RefundResponse(
        string RefundId,
        string PaymentId,
        string BusinessId,
        string BrandId,
        RefundResponse.CustomerReference Customer,
        long Amount,
        string Currency,
        string Status,
        string? Reason,
        bool IsPartial,
        IReadOnlyDictionary<string, string> Metadata,
        DateTimeOffset CreatedAt)
    {
        public static RefundResponse From(RefundDto r) =>
            new(r.RefundId, r.PaymentId, r.BusinessId, r.BusinessId, new CustomerReference(r.CustomerId), r.Amount, r.Currency, r.Status,
                r.Reason.Length == 0 ? null : r.Reason, r.IsPartial, new Dictionary<string, string>(), r.CreatedAt);

        internal sealed record CustomerReference(string CustomerId);
    }
}
