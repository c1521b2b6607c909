using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Billing.Application.Payments.ListPayments;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>The Dodo-compatible payment resource: <c>/payments</c>.</summary>
internal static class PaymentsEndpoints
{
    /// <summary>Dodo's filters of payments.list this platform applies; any other (brand_id: there are no brands) is refused.</summary>
    private static readonly FrozenSet<string> ListFilters = FrozenSet.Create(
        StringComparer.Ordinal, "customer_id", "subscription_id", "status", "product_id", "currency", "created_at_gte", "created_at_lte");

    public static void Map(IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/payments").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Payments");

        payments.MapGet("/", async (
            [FromQuery(Name = "customer_id")] string? customerId,
            [FromQuery(Name = "subscription_id")] string? subscriptionId,
            [FromQuery(Name = "status")] string? status,
            [FromQuery(Name = "product_id")] string? productId,
            [FromQuery(Name = "currency")] string? currency,
            [FromQuery(Name = "created_at_gte")] DateTimeOffset? createdAtGte,
            [FromQuery(Name = "created_at_lte")] DateTimeOffset? createdAtLte,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "payments");
            var tenant = list.Tenant;
            var page = await list.QueryAsync(new ListPaymentsQuery(
                tenant.BusinessId, tenant.Mode, customerId, subscriptionId, status, productId, currency,
                createdAtGte?.ToUniversalTime(), createdAtLte?.ToUniversalTime(), list.Number, list.Size));
            return TypedResults.Ok(new PaymentListResponse([.. page.Select(PaymentResponse.From)]));
        }).WithName("ListPayments");

        payments.MapGet("/{payment_id}", async ([FromRoute(Name = "payment_id")] string paymentId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(PaymentResponse.From(await sender.QueryAsync(new GetPaymentQuery(tenant.BusinessId, tenant.Mode, paymentId), ct)));
        }).WithName("GetPayment");
    }

    internal sealed record PaymentListResponse(IReadOnlyList<PaymentResponse> Items);
}
