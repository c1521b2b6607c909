namespace Portal.Modules.Billing.Contracts.Refunds;

/// <summary>
/// A merchant gives money back on a successful payment: <paramref name="Amount"/> (minor units) or,
/// when null, everything not yet refunded. Never more than what is left, even under concurrent requests.
/// </summary>
public sealed record RefundPaymentCommand(BusinessId BusinessId, Mode Mode, string PaymentId, long? Amount, string? Reason) : ICommand<RefundDto>;
