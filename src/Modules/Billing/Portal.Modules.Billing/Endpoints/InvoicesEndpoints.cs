using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Billing.Contracts.Invoices;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>
/// <c>GET /invoices/payments/{payment_id}</c>: the invoice PDF of a payment, in the language the request's <c>Accept-Language</c>
/// asks for when the portal speaks it, else in the language its customer is written to in.
/// </summary>
internal static class InvoicesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/invoices/payments/{payment_id}", async ([FromRoute(Name = "payment_id")] string paymentId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var asked = http.Request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
                .FirstOrDefault(Languages.IsSupported);
            var pdf = await sender.QueryAsync(new GetInvoicePdfQuery(tenant.BusinessId, tenant.Mode, paymentId, null, asked), ct);
            // An invoice carries personal data: a download that no cache keeps.
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
        }).RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Invoices").WithName("GetPaymentInvoice");
    }
}
