namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// The port every charge goes through. Implementations must honour <see cref="GatewayChargeRequest.IdempotencyKey"/>:
/// the same key charges at most once and answers the first outcome again. When the outcome cannot be
/// known (timeout, network) they throw <see cref="PaymentGatewayUnavailableException"/>.
/// </summary>
internal interface IPaymentGateway
{
    PaymentGatewayKind Kind { get; }

    Task<GatewayChargeResult> ChargeAsync(GatewayChargeRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Gives up a charge still waiting for the customer's authentication, so it can no longer go through, and
    /// answers how it ended: succeeded when the customer completed it meanwhile, failed otherwise.
    /// </summary>
    Task<GatewayChargeResult> AbandonAsync(GatewayChargeRequest request, CancellationToken cancellationToken);

    /// <summary>Same idempotency rules as a charge: one refund per key, its first answer replayed.</summary>
    Task<GatewayRefundResult> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken);
}
