using System.Security.Cryptography;

namespace Portal.Modules.Licensing.Domain.SigningKeys;

/// <summary>
/// A business's Ed25519 key pair for one mode (test and live never share one): license files are signed
/// with its private key, which is kept only as Data Protection ciphertext, and verified offline with its
/// public key, which the business publishes.
/// </summary>
internal sealed class LicenseSigningKey
{
    public const int PublicKeyLength = 32;

    private LicenseSigningKey()
    {
    }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    /// <summary>Short id of the public key (<see cref="KeyIdOf"/>), written in every file so verifiers can pick a key.</summary>
    public string KeyId { get; private set; } = string.Empty;

    /// <summary>The raw 32-byte Ed25519 public key.</summary>
    public byte[] PublicKey { get; private set; } = [];

    /// <summary>The raw private key as protected by ASP.NET Core Data Protection: useless without the key ring.</summary>
    public byte[] ProtectedPrivateKey { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static LicenseSigningKey Create(BusinessId businessId, Mode mode, byte[] publicKey, byte[] protectedPrivateKey, DateTimeOffset now)
    {
        if (publicKey.Length != PublicKeyLength)
        {
            throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));
        }

        return new LicenseSigningKey
        {
            BusinessId = businessId,
            Mode = mode,
            KeyId = KeyIdOf(publicKey),
            PublicKey = publicKey,
            ProtectedPrivateKey = protectedPrivateKey,
            CreatedAt = now.ToStoredPrecision(),
        };
    }

    /// <summary>The first 8 bytes of the public key's SHA-256, in lower-case hex: 16 characters.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> publicKey) =>
        Convert.ToHexStringLower(SHA256.HashData(publicKey)[..8]);
}
