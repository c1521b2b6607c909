using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Application.Invoices;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Domain.Invoices;

namespace Portal.Modules.Billing.Infrastructure.Pdf;

/// <summary>An A4 invoice drawn with PDFsharp: header, parties, lines, totals and how it was paid.</summary>
internal sealed class PdfSharpInvoiceRenderer : IInvoicePdfRenderer
{
    private const double Margin = 50;
    private const double PageBottom = 780;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly double[] Columns = [Margin, 300, 350, 430, 480];

    // The fonts can only be created once the resolver is installed: in the constructor, not as static fields.
    private readonly XFont _heading;
    private readonly XFont _label;
    private readonly XFont _body;
    private readonly XFont _strong;

    public PdfSharpInvoiceRenderer()
    {
        EmbeddedFontResolver.EnsureInstalled();
        (_heading, _label, _body, _strong) = (Font(20, bold: true), Font(9, bold: true), Font(10, bold: false), Font(11, bold: true));
    }

    public byte[] Render(Invoice invoice, string language)
    {
        var culture = Languages.Culture(language);
        var t = InvoiceTexts.For(language);
        using var document = new PdfDocument();
        document.Info.Title = $"{t.Title} {invoice.Number}";
        document.Info.Author = invoice.Parties.BusinessName;

        var page = new Page(document);
        var g = page.Graphics;
        var y = 60.0;
        g.DrawString(t.Title, _heading, XBrushes.Black, Margin, y);
        if (invoice.Mode == Mode.Test)
        {
            g.DrawString(t.TestMode, _label, XBrushes.DarkRed, 545, y, XStringFormats.BottomRight);
        }

        y += 30;
        y = Pair(g, t.Number, invoice.Number, y);
        y = Pair(g, t.Date, invoice.IssuedAt.UtcDateTime.ToString("d", culture), y) + 16;

        g.DrawString(t.From, _label, XBrushes.Gray, Margin, y);
        g.DrawString(t.BillTo, _label, XBrushes.Gray, 300, y);
        y += 14;
        g.DrawString(invoice.Parties.BusinessName, _strong, XBrushes.Black, Margin, y);
        g.DrawString(invoice.Parties.CustomerName, _strong, XBrushes.Black, 300, y);
        y += 14;
        string?[] seller = [.. Lines(invoice.Parties.BusinessLegalAddress),
            invoice.Parties.BusinessTaxId is { } taxId ? $"{t.TaxId}: {taxId}" : null, invoice.Parties.BusinessSupportEmail];
        string?[] buyer = [invoice.Parties.CustomerEmail, .. Lines(invoice.Parties.CustomerAddress)];
        var sellerEnd = DrawLines(g, seller, Margin, y);
        y = Math.Max(sellerEnd, DrawLines(g, buyer, 300, y)) + 16;

        string[] headings = [t.Description, t.Quantity, t.UnitPrice, t.TaxRate, t.Amount];
        for (var i = 0; i < headings.Length; i++)
        {
            DrawCell(g, headings[i], _label, i, y);
        }

        y += 6;
        g.DrawLine(XPens.Gray, Margin, y, 545, y);
        y += 16;
        foreach (var line in invoice.Lines)
        {
            if (y > PageBottom)
            {
                g = page.Next().Graphics;
                y = 60;
            }

            DrawCell(g, line.Description.In(language), _body, 0, y);
            DrawCell(g, line.Quantity.ToString(culture), _body, 1, y);
            DrawCell(g, MoneyText.Format(new Money(line.UnitAmount, invoice.Currency), culture), _body, 2, y);
            DrawCell(g, (line.TaxRateBasisPoints / 100m).ToString("0.##", culture) + "%", _body, 3, y);
            DrawCell(g, MoneyText.Format(new Money(line.Amount, invoice.Currency), culture), _body, 4, y);
            y += 16;
        }

        if (y > PageBottom - 90)
        {
            g = page.Next().Graphics;
            y = 60;
        }

        g.DrawLine(XPens.Gray, Margin, y - 8, 545, y - 8);
        y = Total(g, t.Subtotal, new Money(invoice.Subtotal, invoice.Currency), culture, _body, y + 6);
        y = Total(g, t.Tax, new Money(invoice.Tax, invoice.Currency), culture, _body, y);
        y = Total(g, t.Total, new Money(invoice.Total, invoice.Currency), culture, _strong, y + 4) + 20;

        g.DrawString(string.Format(culture, t.PaidWith, CardBrand.Display(invoice.CardBrand), invoice.CardLastFour), _body, XBrushes.Black, Margin, y);
        g.DrawString($"{t.PaymentReference}: {invoice.PaymentId.Value}", _body, XBrushes.Gray, Margin, y + 14);
        page.Graphics.Dispose();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static XFont Font(double size, bool bold) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private double Pair(XGraphics g, string label, string value, double y)
    {
        g.DrawString(label, _label, XBrushes.Gray, Margin, y);
        g.DrawString(value, _body, XBrushes.Black, 160, y);
        return y + 15;
    }

    private static void DrawCell(XGraphics g, string text, XFont font, int column, double y)
    {
        if (column == 0)
        {
            g.DrawString(text.Length > 45 ? text[..44] + "…" : text, font, XBrushes.Black, Columns[0], y);
            return;
        }

        // Numbers are right-aligned at the end of their column.
        var right = column + 1 < Columns.Length ? Columns[column + 1] - 8 : 545;
        g.DrawString(text, font, XBrushes.Black, right, y, XStringFormats.BottomRight);
    }

    private double Total(XGraphics g, string label, Money amount, CultureInfo culture, XFont font, double y)
    {
        g.DrawString(label, font, XBrushes.Black, 472, y, XStringFormats.BottomRight);
        g.DrawString(MoneyText.Format(amount, culture), font, XBrushes.Black, 545, y, XStringFormats.BottomRight);
        return y + 16;
    }

    /// <summary>The current page and its graphics; <see cref="Next"/> closes it and starts another.</summary>
    private sealed class Page(PdfDocument document)
    {
        public XGraphics Graphics { get; private set; } = XGraphics.FromPdfPage(AddA4(document));

        public Page Next()
        {
            Graphics.Dispose();
            Graphics = XGraphics.FromPdfPage(AddA4(document));
            return this;
        }

        private static PdfPage AddA4(PdfDocument document)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            return page;
        }
    }

    private static string[] Lines(string? text) => (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Draws the present lines one under the other from <paramref name="y"/>; answers where the next line goes.</summary>
    private double DrawLines(XGraphics g, IEnumerable<string?> lines, double x, double y)
    {
        foreach (var line in lines.OfType<string>())
        {
            g.DrawString(line, _body, XBrushes.Black, x, y);
            y += 14;
        }

        return y;
    }
}
