namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>The gateway's answer to a refund: done (with its reference) or refused (with why).</summary>
internal sealed record GatewayRefundResult(bool Succeeded, string? Reference, string? FailureMessage);
