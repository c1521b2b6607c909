namespace Portal.Host.Security;

/// <summary>
/// The 256-bit key (configuration <c>DataProtection:KeyEncryptionKey</c>, base64) that encrypts the
/// Data Protection key ring at rest in PostgreSQL. Whoever reads the database cannot forge cookies
/// without it.
/// </summary>
internal sealed class KeyEncryptionKey
{
    public const string ConfigurationKey = "DataProtection:KeyEncryptionKey";

    public KeyEncryptionKey(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey]
            ?? throw new InvalidOperationException(
                $"{ConfigurationKey} is not configured: set it to 32 random bytes in base64 (openssl rand -base64 32). scripts/run makes one for local use.");
        Span<byte> buffer = stackalloc byte[64];
        if (!Convert.TryFromBase64String(configured, buffer, out var length) || length != 32)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be exactly 32 bytes in base64.");
        }

        Bytes = buffer[..32].ToArray();
    }

    public byte[] Bytes { get; }
}
