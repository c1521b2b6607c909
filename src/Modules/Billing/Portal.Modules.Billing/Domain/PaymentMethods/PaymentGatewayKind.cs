namespace Portal.Modules.Billing.Domain.PaymentMethods;

/// <summary>
/// Which gateway holds a payment method and charges it: the built-in sandbox (test mode and demo) or
/// Stripe. A method is only ever charged through the gateway that saved it.
/// </summary>
internal enum PaymentGatewayKind
{
    Sandbox,
    Stripe,
}
