namespace Portal.Modules.Billing.Contracts.Payments;

public sealed record PaymentLineDto(string Description, string? ProductId, int Quantity, long UnitAmount, long Amount, long Tax);
