namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Saves a test card typed into the sandbox form (test mode and the demo only). The number is checked
/// and dropped: only brand, last four and expiry are kept. The CVC is never even accepted.
/// </summary>
public sealed record AddSandboxCardCommand(
    BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string? CardNumber, int ExpiryMonth, int ExpiryYear, bool MakeDefault) : ICommand<PaymentMethodDto>;
