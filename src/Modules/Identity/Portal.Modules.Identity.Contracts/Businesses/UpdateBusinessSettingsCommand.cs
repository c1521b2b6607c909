namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// The merchant edits how the business appears to its customers: name and branding, used by the portal
/// and the emails of both modes, and the legal address and tax number its invoices print. Invalid input
/// changes nothing.
/// </summary>
public sealed record UpdateBusinessSettingsCommand(
    BusinessId BusinessId,
    string Name,
    string AccentColor,
    string? LogoUrl,
    string? SupportEmail,
    string? LegalAddress = null,
    string? TaxId = null) : ICommand;
