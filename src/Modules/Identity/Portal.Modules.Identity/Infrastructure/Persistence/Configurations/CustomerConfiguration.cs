using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.PhoneNumber).HasMaxLength(32);
        builder.Property(c => c.ChosenLanguage).HasMaxLength(8);
        builder.Property(c => c.SignInLanguage).HasMaxLength(8);
        builder.Property(c => c.Metadata)
            .HasColumnType("jsonb")
            .HasConversion(
                m => JsonSerializer.Serialize(m, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    m => m.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                    m => m.ToDictionary()));
        // One customer per email in a business and mode: the static link recognises returning buyers by it.
        builder.HasIndex(c => new { c.BusinessId, c.Mode, c.NormalizedEmail }).IsUnique();
        // The unified portal looks a person up across businesses by email.
        builder.HasIndex(c => new { c.Mode, c.NormalizedEmail });
    }
}
