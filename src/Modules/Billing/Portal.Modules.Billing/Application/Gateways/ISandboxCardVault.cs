namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>Saving cards with the sandbox gateway: typed test-card numbers, checked the way Stripe's setup would.</summary>
internal interface ISandboxCardVault
{
    SandboxCardCheck Check(string? number, int expiryMonth, int expiryYear);
}
