using System.Text.Json;
using Portal.Modules.Billing.Domain.Invoices;

namespace Portal.Modules.Billing.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion<PrefixedIdConverter<InvoiceId>>().HasMaxLength(64);
        builder.Property(i => i.PaymentId).HasConversion<PrefixedIdConverter<PaymentId>>().HasMaxLength(64);
        builder.Property(i => i.Number).HasMaxLength(32);
        builder.Property(i => i.CardBrand).HasMaxLength(32);
        builder.Property(i => i.CardLastFour).HasMaxLength(4);
        builder.Property(i => i.Parties)
            .HasColumnType("jsonb")
            .HasConversion(p => JsonSerializer.Serialize(p, Json), json => JsonSerializer.Deserialize<InvoiceParties>(json, Json)!);
        builder.Ignore(x => x.Lines);
        PaymentLinesColumn.Map(builder.Property<PaymentLine[]>("_lines").HasColumnName("lines"));

        builder.HasIndex(i => i.PaymentId).IsUnique();

        // Two invoices can never share a number, whatever happens to the sequence table.
        builder.HasIndex(i => new { i.BusinessId, i.Mode, i.Year, i.Sequence }).IsUnique();
        builder.HasIndex(i => new { i.CustomerId, i.Mode });
    }
}
