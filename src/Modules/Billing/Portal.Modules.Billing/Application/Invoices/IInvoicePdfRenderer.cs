using Portal.Modules.Billing.Domain.Invoices;

namespace Portal.Modules.Billing.Application.Invoices;

/// <summary>Draws an issued invoice as a PDF in one language of <see cref="Languages"/>.</summary>
internal interface IInvoicePdfRenderer
{
    byte[] Render(Invoice invoice, string language);
}
