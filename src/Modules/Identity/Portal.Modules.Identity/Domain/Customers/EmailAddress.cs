using System.Net.Mail;

namespace Portal.Modules.Identity.Domain.Customers;

/// <summary>
/// Email as typed and its normalised form (<see cref="EmailAddresses.Normalize"/>), the form customers are matched by.
/// </summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => EmailAddresses.Normalize(email);

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
