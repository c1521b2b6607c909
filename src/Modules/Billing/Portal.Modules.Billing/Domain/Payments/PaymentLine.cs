namespace Portal.Modules.Billing.Domain.Payments;

/// <summary>
/// One line of a charge, amounts in minor units: <see cref="Amount"/> is quantity × unit price, and
/// <see cref="Tax"/> that amount at the line's rate (basis points), rounded once, half away from zero.
/// </summary>
internal sealed record PaymentLine(
    ChargeText Description,
    string? ProductId,
    int Quantity,
    long UnitAmount,
    int TaxRateBasisPoints,
    long Amount,
    long Tax);
