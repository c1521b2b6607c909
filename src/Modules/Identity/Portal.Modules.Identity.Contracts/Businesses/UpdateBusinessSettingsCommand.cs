namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// The merchant edits how the business appears to its customers: name and branding, used by the portal
/// and the emails of both modes, the legal address and tax number its invoices print, and the language it
/// writes to customers in until they choose one (<paramref name="DefaultLanguage"/>; null follows each customer's
/// browser). Invalid input changes nothing.
/// </summary>
public sealed record UpdateBusinessSettingsCommand(
    BusinessId BusinessId,
    string Name,
    string AccentColor,
    string? LogoUrl,
    string? SupportEmail,
    string? LegalAddress = null,
    string? TaxId = null,
    string? DefaultLanguage = null) : ICommand;
