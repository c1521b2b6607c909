namespace Portal.Modules.Billing.Domain.Payments;

/// <summary>What a caller asks to charge for; the amounts and tax are always computed here.</summary>
internal sealed record PaymentLineRequest(ChargeText Description, string? ProductId, int Quantity, long UnitAmount, int TaxRateBasisPoints);
