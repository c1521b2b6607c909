namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>A test card to set up for a customer, and where the authentication page sends them back.</summary>
internal sealed record SandboxSetupRequest(
    BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string Token, int ExpiryMonth, int ExpiryYear, bool MakeDefault, string ReturnUrl);
