namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class BusinessConfiguration : IEntityTypeConfiguration<Business>
{
    public void Configure(EntityTypeBuilder<Business> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.LegalAddress).HasMaxLength(300);
        builder.Property(b => b.TaxId).HasMaxLength(32);
        builder.Property(b => b.Country).HasMaxLength(2);
        builder.Property(b => b.DefaultLanguage).HasMaxLength(8);
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.PrimitiveCollection(b => b.EmailsOff).ElementType(e => e.HasConversion<string>());
        builder.ComplexProperty(b => b.Branding, branding =>
        {
            branding.Property(x => x.AccentColor).HasMaxLength(7).HasColumnName("accent_color");
            branding.Property(x => x.LogoUrl).HasMaxLength(2048).HasColumnName("logo_url");
            branding.Property(x => x.SupportEmail).HasMaxLength(254).HasColumnName("support_email");
        });
    }
}
