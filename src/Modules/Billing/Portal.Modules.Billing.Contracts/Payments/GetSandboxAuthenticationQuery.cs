namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>The sandbox charge behind a test authentication page; not found for any other reference.</summary>
public sealed record GetSandboxAuthenticationQuery(string Reference) : IQuery<SandboxAuthenticationDto>;
