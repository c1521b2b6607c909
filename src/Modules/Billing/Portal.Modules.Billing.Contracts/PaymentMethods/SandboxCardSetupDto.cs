namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>The card saved, or where the customer authenticates it first (a path of this host in the mode).</summary>
public sealed record SandboxCardSetupDto(PaymentMethodDto? Saved, string? AuthenticationUrl);
