namespace Portal.Modules.Billing.Infrastructure.Pdf;

/// <summary>The words printed on an invoice, in every language of <see cref="Languages"/>.</summary>
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
    private static readonly Dictionary<string, InvoiceTexts> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new(
            "Invoice", "Invoice number", "Date", "From", "Bill to", "Description", "Qty", "Unit price", "VAT", "Amount",
            "Subtotal", "Tax", "Total paid", "Paid with {0} ending in {1}", "Payment reference", "TEST MODE: not a real invoice", "VAT number"),
        ["it"] = new(
            "Fattura", "Numero fattura", "Data", "Da", "Intestata a", "Descrizione", "Qtà", "Prezzo unitario", "IVA", "Importo",
            "Imponibile", "Imposta", "Totale pagato", "Pagata con {0} che termina con {1}", "Riferimento pagamento", "MODALITÀ TEST: non è una fattura reale", "Partita IVA"),
        ["de"] = new(
            "Rechnung", "Rechnungsnummer", "Datum", "Von", "Rechnung an", "Beschreibung", "Menge", "Einzelpreis", "USt.", "Betrag",
            "Zwischensumme", "Steuer", "Gezahlter Gesamtbetrag", "Bezahlt mit {0} mit Endung {1}", "Zahlungsreferenz", "TESTMODUS: keine echte Rechnung", "USt-IdNr."),
    };

    /// <summary>The words in a language of <see cref="Languages"/>; a language without them is a missing translation, not English.</summary>
    public static InvoiceTexts For(string language) => ByLanguage[language];
}
