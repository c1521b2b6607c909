namespace Portal.Modules.Identity.Application.PortalSessions.GetPortalOverview;

public sealed record PortalOverviewDto(
    string CustomerName,
    string CustomerEmail,
    string? CustomerPhoneNumber,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    string? LogoUrl,
    string? SupportEmail);
