namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>Gives back part or all of a charge. The idempotency key is our refund's id.</summary>
internal sealed record GatewayRefundRequest(Mode Mode, string IdempotencyKey, string ChargeReference, Money Amount);
