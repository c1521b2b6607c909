namespace Portal.Modules.Billing.Application.Payments.ListTransactions;

public sealed record TransactionPage(IReadOnlyList<TransactionDto> Items, int Page, bool HasNext);
