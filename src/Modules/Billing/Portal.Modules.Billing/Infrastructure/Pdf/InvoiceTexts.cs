using System.Resources;

namespace Portal.Modules.Billing.Infrastructure.Pdf;

/// <summary>
/// The words printed on an invoice, in every language of <see cref="Languages"/>: <c>Resources/InvoiceTexts.resx</c>
/// (English) and one file beside it per other language.
/// </summary>
internal sealed record InvoiceTexts(
    string Title,
    string Number,
    string Date,
    string From,
    string BillTo,
    string Description,
    string Quantity,
    string UnitPrice,
    string TaxRate,
    string Amount,
    string Subtotal,
    string Tax,
    string Total,
    string PaidWith,
    string PaymentReference,
    string TestMode,
    string TaxId)
{
    private static readonly ResourceManager Resources = new("Portal.Modules.Billing.Resources.InvoiceTexts", typeof(InvoiceTexts).Assembly);

    /// <summary>The words in a language of <see cref="Languages"/>.</summary>
    public static InvoiceTexts For(string language)
    {
        var culture = Languages.Culture(language);
        string T(string key) => Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No invoice text '{key}'.");
        return new(
            T("Invoice.Title"), T("Invoice.Number"), T("Invoice.Date"), T("Invoice.From"), T("Invoice.BillTo"), T("Invoice.Description"),
            T("Invoice.Quantity"), T("Invoice.UnitPrice"), T("Invoice.TaxRate"), T("Invoice.Amount"), T("Invoice.Subtotal"), T("Invoice.Tax"),
            T("Invoice.Total"), T("Invoice.PaidWith"), T("Invoice.PaymentReference"), T("Invoice.TestMode"), T("Invoice.TaxId"));
    }
}
