namespace Portal.Modules.Identity.Contracts.PortalSessions;

public sealed record PortalOverviewDto(
    string CustomerName,
    string CustomerEmail,
    string? CustomerPhoneNumber,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    string? LogoUrl,
    string? SupportEmail);
