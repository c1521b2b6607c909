namespace Portal.Modules.Billing.Infrastructure.Persistence;

/// <summary>The last invoice number used per business, mode and year; only touched by <see cref="BillingDbContext.NextInvoiceSequenceAsync"/>.</summary>
internal sealed class InvoiceSequence
{
    public BusinessId BusinessId { get; set; }

    public Mode Mode { get; set; }

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
