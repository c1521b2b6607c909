using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using NSec.Cryptography;

namespace Portal.Modules.Licensing.Application.LicenseFiles;

/// <summary>
/// Each business's signing key pair per mode, made on first need. The private key exists in clear only
/// in memory while it signs; at rest it is Data Protection ciphertext bound to its business and mode.
/// </summary>
internal sealed class LicenseSigningKeys(ILicensingDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    public const string Purpose = "Portal.Licensing.SigningKey.v1";

    /// <summary>The pair of the business and mode; the first caller makes it, and concurrent first callers all get the one that was stored.</summary>
    public async Task<LicenseSigningKey> GetOrCreateAsync(BusinessId businessId, Mode mode, CancellationToken cancellationToken) =>
        await FindAsync(businessId, mode, cancellationToken) ?? await CreateAsync(businessId, mode, cancellationToken);

    /// <summary>The private key, ready to sign; dispose it as soon as the file is signed.</summary>
    public Key PrivateKeyOf(LicenseSigningKey signingKey)
    {
        var raw = Protector(signingKey.BusinessId, signingKey.Mode).Unprotect(signingKey.ProtectedPrivateKey);
        try
        {
            return Key.Import(LicenseFileFormat.Ed25519, raw, KeyBlobFormat.RawPrivateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
        }
    }

    /// <summary>
    /// The SPKI PEM (<c>-----BEGIN PUBLIC KEY-----</c>) of a raw Ed25519 public key, as OpenSSL, Node and
    /// NSec read it, with \n line ends (NSec writes \r\n).
    /// </summary>
    public static string PemOf(byte[] publicKey) =>
        Encoding.ASCII.GetString(
            PublicKey.Import(LicenseFileFormat.Ed25519, publicKey, KeyBlobFormat.RawPublicKey).Export(KeyBlobFormat.PkixPublicKeyText))
            .ReplaceLineEndings("\n");

    private async Task<LicenseSigningKey> CreateAsync(BusinessId businessId, Mode mode, CancellationToken cancellationToken)
    {
        using var key = Key.Create(LicenseFileFormat.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var raw = key.Export(KeyBlobFormat.RawPrivateKey);
        byte[] protectedKey;
        try
        {
            protectedKey = Protector(businessId, mode).Protect(raw);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
        }

        var signingKey = LicenseSigningKey.Create(businessId, mode, key.PublicKey.Export(KeyBlobFormat.RawPublicKey), protectedKey, time.GetUtcNow());
        await db.InsertSigningKeyIfAbsentAsync(signingKey, cancellationToken);

        // Whoever inserted first won; read the stored pair rather than trust the one made here.
        return await FindAsync(businessId, mode, cancellationToken)
            ?? throw new InvalidOperationException("The signing key just inserted is missing.");
    }

    private Task<LicenseSigningKey?> FindAsync(BusinessId businessId, Mode mode, CancellationToken cancellationToken) =>
        db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.BusinessId == businessId && k.Mode == mode, cancellationToken);

    // The business and mode are part of the purpose: ciphertext copied to another row does not unprotect.
    private IDataProtector Protector(BusinessId businessId, Mode mode) =>
        protection.CreateProtector(Purpose, businessId.Value, mode.ToString());
}
