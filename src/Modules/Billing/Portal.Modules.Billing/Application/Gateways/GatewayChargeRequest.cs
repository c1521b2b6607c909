namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>An off-session charge of a saved method. The idempotency key is our payment's id.</summary>
internal sealed record GatewayChargeRequest(
    Mode Mode,
    string IdempotencyKey,
    string? GatewayCustomerReference,
    string PaymentMethodReference,
    Money Amount,
    string Description);
