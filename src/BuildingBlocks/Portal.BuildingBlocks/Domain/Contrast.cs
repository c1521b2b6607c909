namespace Portal.BuildingBlocks.Domain;

/// <summary>Text colour rules shared by every place that paints on a merchant's colour.</summary>
public static class Contrast
{
    /// <summary>
    /// Black or white, whichever reads better on <paramref name="accentHex"/> (<c>#rrggbb</c>; WCAG relative
    /// luminance), so a merchant's colour choice can never make the portal unreadable.
    /// </summary>
    public static string ForegroundOn(string accentHex)
    {
        var rgb = int.Parse(accentHex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var luminance = 0.2126 * Linear((rgb >> 16) & 0xff) + 0.7152 * Linear((rgb >> 8) & 0xff) + 0.0722 * Linear(rgb & 0xff);
        return luminance > 0.179 ? "#111827" : "#ffffff";

        static double Linear(int channel)
        {
            var c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
    }
}
