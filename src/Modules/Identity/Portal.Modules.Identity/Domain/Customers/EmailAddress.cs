using System.Net.Mail;
using System.Text;

namespace Portal.Modules.Identity.Domain.Customers;

/// <summary>
/// Email as typed and its normalised form (trimmed, Unicode NFC, lower case), the form customers are
/// matched by, so "  Ada@Example.COM" finds the customer who bought as "ada@example.com".
/// </summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) =>
        email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();

    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > MaxLength)
        {
            return false;
        }

        var trimmed = email.Trim();
        return MailAddress.TryCreate(trimmed, out var parsed)
            && parsed.Address == trimmed
            && trimmed.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
            && trimmed.IndexOf('.', at) > at + 1
            && !trimmed.Any(char.IsControl);
    }
}
