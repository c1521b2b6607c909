using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Modules.Identity.Domain;

/// <summary>
/// A bearer secret (API key, sign-in link token): 256 bits from the OS CSPRNG, shown once, stored only
/// as its SHA-256. A fast hash is right here because the secret has full entropy; nothing to brute-force.
/// </summary>
internal static class SecretToken
{
    public static string Generate(string prefix = "") =>
        prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>
    /// Whether the text could be a token this class made (an optional prefix, then 43 base64url
    /// characters), so junk from the address bar is refused before it costs a database query.
    /// </summary>
    public static bool IsWellFormed(string? token, string prefix = "") =>
        token is not null
        && token.Length == prefix.Length + 43
        && token.StartsWith(prefix, StringComparison.Ordinal)
        && token.AsSpan(prefix.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    private static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
