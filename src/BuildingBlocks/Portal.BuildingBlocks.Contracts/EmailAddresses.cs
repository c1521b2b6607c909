using System.Text;

namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// The form customers are matched by: trimmed, Unicode NFC, lower case, so "  Ada@Example.COM" finds the customer who
/// bought as "ada@example.com". Shared because a cached read names an email's customers before Identity reads them.
/// </summary>
public static class EmailAddresses
{
    public static string Normalize(string email) => email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
