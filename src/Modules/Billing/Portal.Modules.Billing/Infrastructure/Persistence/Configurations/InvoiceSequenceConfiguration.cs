namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceSequenceConfiguration : IEntityTypeConfiguration<InvoiceSequence>
{
    public void Configure(EntityTypeBuilder<InvoiceSequence> builder)
    {
        builder.ToTable("invoice_sequences");
        builder.HasKey(s => new { s.BusinessId, s.Mode, s.Year });
    }
}
