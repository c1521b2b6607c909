namespace Portal.Modules.Billing.Application.Gateways;

internal enum GatewayChargeStatus
{
    Succeeded,
    Failed,
    Processing,
    RequiresAction,
}

/// <summary>
/// The gateway's answer; <see cref="FailureCode"/> uses Stripe's decline codes (<c>card_declined</c>, <c>insufficient_funds</c>…).
/// <see cref="AuthenticationUrl"/> is where to send the customer when the bank asks them to authenticate.
/// </summary>
internal sealed record GatewayChargeResult(GatewayChargeStatus Status, string? Reference, string? FailureCode = null, string? FailureMessage = null, string? AuthenticationUrl = null)
{
    public static GatewayChargeResult AwaitingCustomer(string reference, string authenticationUrl) =>
        new(GatewayChargeStatus.RequiresAction, reference, AuthenticationUrl: authenticationUrl);

    public static GatewayChargeResult Succeeded(string reference) => new(GatewayChargeStatus.Succeeded, reference);

    public static GatewayChargeResult Failed(string? reference, string code, string message) => new(GatewayChargeStatus.Failed, reference, code, message);
}
