namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// A charge of a saved method. The idempotency key is our payment's id. With a <see cref="ReturnUrl"/> the
/// customer is present (the portal): when the bank asks for authentication, the gateway answers where to send
/// them and comes back to that URL. Without one it is off-session (renewals, dues), and a charge the bank wants
/// authenticated is declined with <c>authentication_required</c>. <see cref="GatewayReference"/> is what the
/// gateway answered before for this payment, to look the charge up rather than create it again.
/// </summary>
internal sealed record GatewayChargeRequest(
    Mode Mode,
    string IdempotencyKey,
    string? GatewayCustomerReference,
    string PaymentMethodReference,
    Money Amount,
    string Description,
    string? ReturnUrl = null,
    string? GatewayReference = null);
