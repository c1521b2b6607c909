namespace Portal.Modules.Billing.Domain.Invoices;

/// <summary>
/// Who sold to whom, copied when the invoice is issued: later changes to the business or the customer
/// never rewrite an issued invoice.
/// </summary>
internal sealed record InvoiceParties(
    string BusinessName,
    string? BusinessSupportEmail,
    string CustomerName,
    string CustomerEmail,
    string? BusinessLegalAddress = null,
    string? BusinessTaxId = null,
    string? CustomerAddress = null);
