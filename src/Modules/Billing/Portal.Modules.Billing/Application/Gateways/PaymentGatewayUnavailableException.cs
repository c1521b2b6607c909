namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// The gateway did not answer (timeout, network, 5xx): the charge may or may not have happened. The
/// payment stays processing and is asked about again with the same idempotency key.
/// </summary>
internal sealed class PaymentGatewayUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
