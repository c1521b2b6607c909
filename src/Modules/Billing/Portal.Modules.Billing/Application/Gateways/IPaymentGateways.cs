namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>Picks the gateway: by the one that saved a method, or the one new cards go to in a mode.</summary>
internal interface IPaymentGateways
{
    IPaymentGateway Get(PaymentGatewayKind kind);

    /// <summary>
    /// Stripe when it is configured for the mode; otherwise the sandbox in test mode, and nothing (null)
    /// in live mode: real money never goes through the sandbox.
    /// </summary>
    PaymentGatewayKind? ForNewCards(Mode mode);
}
