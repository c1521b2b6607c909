using Portal.Modules.Billing.Contracts.Invoices;

namespace Portal.Host.Pages.Portal;

/// <summary>Downloads one of the signed-in customer's invoices, in the page's language. Anyone else's → 404.</summary>
public sealed class InvoicePdfModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string paymentId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        var pdf = await sender.QueryAsync(
            new GetInvoicePdfQuery(customer.BusinessId, HttpContext.GetMode(), paymentId, customer.CustomerId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
