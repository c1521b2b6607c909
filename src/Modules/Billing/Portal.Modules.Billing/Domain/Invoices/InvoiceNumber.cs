using System.Globalization;

namespace Portal.Modules.Billing.Domain.Invoices;

/// <summary>
/// Invoices are numbered 1, 2, 3… per business, mode and calendar year (UTC) without gaps, the way
/// Italian law expects. Test-mode numbers carry a prefix so they can never be mistaken for real ones.
/// </summary>
internal static class InvoiceNumber
{
    public static string Format(Mode mode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{(mode == Mode.Test ? "TEST-" : string.Empty)}{year}-{sequence:D6}");
}
