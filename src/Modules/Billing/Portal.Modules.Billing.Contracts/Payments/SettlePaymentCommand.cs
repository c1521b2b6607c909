namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// Asks the gateway again about a payment already started, and never starts one: the customer is back from
/// authenticating it (3-D Secure), or asks again while it waits. <paramref name="ReturnUrl"/> is where their bank
/// sends them back if it still waits. With <paramref name="GiveUpAuthentication"/> one still waiting is given up instead
/// (declined, unless the customer completed it meanwhile), so its outcome is known before the caller goes on.
/// A payment of another business, mode or customer is a 404.
/// </summary>
public sealed record SettlePaymentCommand(
    string BusinessId, Mode Mode, string CustomerId, string PaymentId, string? ReturnUrl, bool GiveUpAuthentication = false) : ICommand<ChargeOutcome>;
