namespace Portal.Host.Pages.Portal;

/// <summary>What the invoice history's markup (<c>_InvoiceHistory.cshtml</c>) shows: one page of it, counted from 1.</summary>
public sealed record InvoiceHistoryView(TransactionPage Transactions, int PageNumber, string BusinessName);
