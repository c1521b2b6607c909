using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Modules.Identity.Domain.Businesses;

/// <summary>How the portal and emails look for one business.</summary>
internal sealed partial record Branding(string AccentColor, string? LogoUrl, string? SupportEmail)
{
    public static Branding Default { get; } = new("#4f46e5", null, null);

    public static bool IsHexColor(string value) => HexColor().IsMatch(value);

    /// <summary>
    /// Black or white, whichever reads better on the accent colour (WCAG relative luminance), so a
    /// merchant's colour choice can never make the portal unreadable.
    /// </summary>
    public string ForegroundOnAccent()
    {
        var rgb = int.Parse(AccentColor.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var luminance = 0.2126 * Linear((rgb >> 16) & 0xff) + 0.7152 * Linear((rgb >> 8) & 0xff) + 0.0722 * Linear(rgb & 0xff);
        return luminance > 0.179 ? "#111827" : "#ffffff";

        static double Linear(int channel)
        {
            var c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
