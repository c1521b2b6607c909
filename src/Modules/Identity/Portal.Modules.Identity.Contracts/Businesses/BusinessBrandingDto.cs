namespace Portal.Modules.Identity.Contracts.Businesses;

/// <param name="PortalOpen">False once the merchant closed the customer portal.</param>
public sealed record BusinessBrandingDto(string Name, string AccentColor, string ForegroundOnAccent, string? LogoUrl, string? SupportEmail, bool PortalOpen = true, string? LegalAddress = null, string? TaxId = null, string? DefaultLanguage = null, IReadOnlyCollection<OptionalEmail>? EmailsOff = null);
