using System.Text.RegularExpressions;

namespace Portal.Modules.Identity.Domain.Businesses;

/// <summary>How the portal and emails look for one business.</summary>
internal sealed partial record Branding(string AccentColor, string? LogoUrl, string? SupportEmail)
{
    public static Branding Default { get; } = new("#4f46e5", null, null);

    public static bool IsHexColor(string value) => HexColor().IsMatch(value);

    /// <summary>The text colour that reads on the accent (<see cref="Contrast.ForegroundOn"/>).</summary>
    public string ForegroundOnAccent() => Contrast.ForegroundOn(AccentColor);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
