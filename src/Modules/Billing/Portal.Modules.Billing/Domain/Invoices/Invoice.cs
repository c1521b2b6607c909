namespace Portal.Modules.Billing.Domain.Invoices;

/// <summary>
/// The invoice of one successful payment: its number, and snapshots of the parties, lines, tax and
/// totals as they were when it was issued. Never changed afterwards.
/// </summary>
internal sealed class Invoice
{
    private PaymentLine[] _lines = [];

    private Invoice()
    {
    }

    public InvoiceId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public PaymentId PaymentId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public InvoiceParties Parties { get; private set; } = null!;

    public Currency Currency { get; private set; }

    public IReadOnlyList<PaymentLine> Lines => _lines;

    public long Subtotal { get; private set; }

    public long Tax { get; private set; }

    public long Total { get; private set; }

    public string CardBrand { get; private set; } = string.Empty;

    public string CardLastFour { get; private set; } = string.Empty;

    public static Invoice Issue(Payment payment, int year, int sequence, InvoiceParties parties, DateTimeOffset now)
    {
        if (payment.Status != PaymentStatus.Succeeded)
        {
            throw new InvalidOperationException("Only a successful payment is invoiced.");
        }

        return new Invoice
        {
            Id = PrefixedId.New<InvoiceId>(),
            BusinessId = payment.BusinessId,
            Mode = payment.Mode,
            CustomerId = payment.CustomerId,
            PaymentId = payment.Id,
            Year = year,
            Sequence = sequence,
            Number = InvoiceNumber.Format(payment.Mode, year, sequence),
            IssuedAt = now,
            Parties = parties,
            Currency = payment.Currency,
            _lines = [.. payment.Lines],
            Subtotal = payment.Subtotal,
            Tax = payment.Tax,
            Total = payment.Total,
            CardBrand = payment.CardBrand,
            CardLastFour = payment.CardLastFour,
        };
    }
}
