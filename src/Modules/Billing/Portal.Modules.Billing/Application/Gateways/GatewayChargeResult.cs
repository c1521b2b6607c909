namespace Portal.Modules.Billing.Application.Gateways;

internal enum GatewayChargeStatus
{
    Succeeded,
    Failed,
    Processing,
}

/// <summary>The gateway's answer; <see cref="FailureCode"/> uses Stripe's decline codes (<c>card_declined</c>, <c>insufficient_funds</c>…).</summary>
internal sealed record GatewayChargeResult(GatewayChargeStatus Status, string? Reference, string? FailureCode = null, string? FailureMessage = null)
{
    public static GatewayChargeResult Succeeded(string reference) => new(GatewayChargeStatus.Succeeded, reference);

    public static GatewayChargeResult Failed(string? reference, string code, string message) => new(GatewayChargeStatus.Failed, reference, code, message);
}
