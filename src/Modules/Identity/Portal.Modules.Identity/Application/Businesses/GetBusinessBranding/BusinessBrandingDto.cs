namespace Portal.Modules.Identity.Application.Businesses.GetBusinessBranding;

public sealed record BusinessBrandingDto(string Name, string AccentColor, string ForegroundOnAccent, string? LogoUrl, string? SupportEmail);
