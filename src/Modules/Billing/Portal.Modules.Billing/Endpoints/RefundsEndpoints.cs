using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Billing.Endpoints;

/// <summary><c>POST /refunds</c> (Dodo's <c>refunds.create</c>): refunds everything not yet refunded of a payment.</summary>
internal static class RefundsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/refunds", async (CreateRefundRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var refund = await sender.SendAsync(new RefundPaymentCommand(tenant.BusinessId, tenant.Mode, body.PaymentId ?? string.Empty, null, body.Reason), ct);
            return TypedResults.Ok(RefundResponse.From(refund));
        }).RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Refunds").WithName("CreateRefund");
    }

    internal sealed record CreateRefundRequest(string? PaymentId, string? Reason);

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
