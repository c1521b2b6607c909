namespace Portal.Modules.Billing.Contracts.Payments;

public sealed record TransactionPage(IReadOnlyList<TransactionDto> Items, int Page, bool HasNext);
