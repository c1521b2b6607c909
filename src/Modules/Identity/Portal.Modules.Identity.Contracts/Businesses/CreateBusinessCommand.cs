namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>Registers a business. The id may be chosen by the caller (demo data keeps stable ids).</summary>
public sealed record CreateBusinessCommand(
    BusinessId? BusinessId,
    string Name,
    string AccentColor,
    string? LogoUrl,
    string? SupportEmail) : ICommand<BusinessId>;
