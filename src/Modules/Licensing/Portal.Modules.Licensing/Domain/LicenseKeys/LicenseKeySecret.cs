using System.Security.Cryptography;
using System.Text;

namespace Portal.Modules.Licensing.Domain.LicenseKeys;

/// <summary>
/// The key a customer types into the software: 30 random characters of Crockford's base32 (150 bits) in
/// six groups of five, e.g. <c>K7Q2M-9XW4T-…</c>. It is looked up by its SHA-256 only; what is typed is
/// normalised first (case, spaces, and the letters base32 reads as digits), so a key read aloud still works.
/// </summary>
internal static class LicenseKeySecret
{
    public const int MaxInputLength = 100;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Groups = 6;
    private const int GroupLength = 5;

    public static string New()
    {
        var characters = RandomNumberGenerator.GetString(Alphabet, Groups * GroupLength);
        return string.Join('-', Enumerable.Range(0, Groups).Select(g => characters.Substring(g * GroupLength, GroupLength)));
    }

    /// <summary>The lookup hash of what a client sent; null when it cannot be a key (empty, too long).</summary>
    public static byte[]? HashOf(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > MaxInputLength)
        {
            return null;
        }

        Span<char> normalised = stackalloc char[typed.Length];
        var length = 0;
        foreach (var c in typed)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            normalised[length++] = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var upper => upper,
            };
        }

        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(length)];
        var written = Encoding.UTF8.GetBytes(normalised[..length], utf8);
        return SHA256.HashData(utf8[..written]);
    }
}
