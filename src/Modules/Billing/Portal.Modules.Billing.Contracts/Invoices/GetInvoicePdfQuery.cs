namespace Portal.Modules.Billing.Contracts.Invoices;

/// <summary>
/// The PDF of the invoice of a payment, in <paramref name="Language"/> (the portal's page language), or when null in
/// the language its customer is written to in (the merchant API). <paramref name="CustomerId"/> restricts it to
/// that customer (the portal); the merchant API leaves it null. Not invoiced or not visible → 404. The
/// portal's answers are kept in memory until the customer's invoices change (ADR 0019): an issued invoice
/// never does, so its PDF is drawn once per language.
/// </summary>
public sealed record GetInvoicePdfQuery(BusinessId BusinessId, Mode Mode, string PaymentId, CustomerId? CustomerId, string? Language)
    : ICachedQuery<InvoicePdf>
{
    public ReadScope? ReadScope => CustomerId is { } customerId ? ReadScope.Customer(BusinessId, Mode, customerId) : null;

    public long CacheSize(InvoicePdf answer) => 1 + (answer.Content.Length / 1024);
}
