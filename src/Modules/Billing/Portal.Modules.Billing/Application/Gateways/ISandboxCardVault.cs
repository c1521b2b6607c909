namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>Saving cards with the sandbox gateway: typed test-card numbers, checked the way Stripe's setup would.</summary>
internal interface ISandboxCardVault
{
    SandboxCardCheck Check(string? number, int expiryMonth, int expiryYear);

    /// <summary>The same check for a documented test token (<c>pm_card_visa</c>), with an expiry two years ahead.</summary>
    SandboxCardCheck CheckToken(string? token);
}
