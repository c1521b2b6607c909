using PdfSharp.Fonts;

namespace Portal.Modules.Billing.Infrastructure.Pdf;

/// <summary>
/// PDFsharp finds no system fonts on Linux, so the app ships its own: DejaVu Sans (regular and bold),
/// which covers accented letters and the euro sign. Every family name resolves to it.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> RegularFont = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldFont = new(() => Load(Bold));
    private static readonly Lock InstallLock = new();

    /// <summary>PDFsharp's resolver is process-wide and may be set only once.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName) => faceName == Bold ? BoldFont.Value : RegularFont.Value;

    private static byte[] Load(string face)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Portal.Billing.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"Font {face} is not embedded in the Billing assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
