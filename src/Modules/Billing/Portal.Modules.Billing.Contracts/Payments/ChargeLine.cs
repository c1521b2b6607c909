namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>A line to charge: quantity × unit amount (minor units), taxed at a rate in basis points (2200 = 22%).</summary>
public sealed record ChargeLine(ChargeText Description, string? ProductId, int Quantity, long UnitAmount, int TaxRateBasisPoints = 0);
