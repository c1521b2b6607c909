namespace Portal.Modules.Billing.Infrastructure.Pdf;

/// <summary>The words printed on an invoice, in English and Italian.</summary>
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
    public static InvoiceTexts For(string language) => language == "it" ? Italian : English;

    private static readonly InvoiceTexts English = new(
        "Invoice", "Invoice number", "Date", "From", "Bill to", "Description", "Qty", "Unit price", "VAT", "Amount",
        "Subtotal", "Tax", "Total paid", "Paid with {0} ending in {1}", "Payment reference", "TEST MODE: not a real invoice", "VAT number");

    private static readonly InvoiceTexts Italian = new(
        "Fattura", "Numero fattura", "Data", "Da", "Intestata a", "Descrizione", "Qtà", "Prezzo unitario", "IVA", "Importo",
        "Imponibile", "Imposta", "Totale pagato", "Pagata con {0} che termina con {1}", "Riferimento pagamento", "MODALITÀ TEST: non è una fattura reale", "Partita IVA");
}
