namespace Portal.Modules.Billing.Contracts.Invoices;

public sealed record InvoicePdf(string FileName, byte[] Content);
