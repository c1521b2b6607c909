using Microsoft.AspNetCore.Http;
using Portal.Modules.Billing.Application.Invoices.GetInvoicePdf;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>An invoice PDF as a download that no cache keeps (it carries personal data).</summary>
public static class InvoiceDownload
{
    public static IResult Result(HttpContext http, InvoicePdf pdf)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
