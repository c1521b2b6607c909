namespace Portal.Modules.Billing.Application.Invoices.GetInvoicePdf;

public sealed record InvoicePdf(string FileName, byte[] Content);
