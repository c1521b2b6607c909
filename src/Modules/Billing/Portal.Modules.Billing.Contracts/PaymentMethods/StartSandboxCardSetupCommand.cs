namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Saves a test card typed into the portal's sandbox form, with the customer present (<paramref name="ReturnUrl"/>).
/// A card whose bank asks for 3-D Secure on setup is not saved yet: the answer says where to authenticate it, and
/// the sandbox's page sends the customer back to <paramref name="ReturnUrl"/> with <c>setup_intent</c>, where
/// <see cref="CompleteSandboxCardSetupCommand"/> saves it. Any other card is saved at once, as
/// <see cref="AddSandboxCardCommand"/> does.
/// </summary>
public sealed record StartSandboxCardSetupCommand(
    BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string? CardNumber, int ExpiryMonth, int ExpiryYear, bool MakeDefault, string ReturnUrl)
    : ICommand<SandboxCardSetupDto>;
