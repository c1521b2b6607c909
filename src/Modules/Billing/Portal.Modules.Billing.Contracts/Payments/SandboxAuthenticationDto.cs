namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>A sandbox charge waiting, or no longer, for the customer's 3-D Secure answer: what the test authentication page shows.</summary>
public sealed record SandboxAuthenticationDto(string Reference, long Amount, string Currency, bool IsWaiting);
