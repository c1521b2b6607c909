namespace Portal.Host.Pages.Shared;

/// <summary>The business a page is shown for; the layout paints its name, logo and accent colour.</summary>
public sealed record Brand(string Name, string AccentColor, string ForegroundOnAccent, string? LogoUrl)
{
    public const string ViewDataKey = "Brand";
}
