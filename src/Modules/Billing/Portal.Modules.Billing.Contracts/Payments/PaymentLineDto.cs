namespace Portal.Modules.Billing.Contracts.Payments;

public sealed record PaymentLineDto(ChargeText Description, string? ProductId, int Quantity, long UnitAmount, long Amount, long Tax);
