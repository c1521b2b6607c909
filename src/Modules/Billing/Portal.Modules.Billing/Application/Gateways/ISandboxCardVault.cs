using Portal.Modules.Billing.Domain.PaymentMethods;

namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>Saving cards with the sandbox gateway: typed test-card numbers, or Stripe's test tokens.</summary>
internal interface ISandboxCardVault
{
    SandboxCardCheck Check(string? number, int expiryMonth, int expiryYear);

    /// <summary>The card a test token (<c>pm_card_visa</c>…) stands for; null for anything else.</summary>
    CardDetails? DescribeToken(string token);
}
