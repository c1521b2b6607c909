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
}
