namespace Portal.Modules.Licensing.Contracts.LicenseFiles;

/// <param name="KeyId">The short id every file signed with this key carries as <c>key_id</c>.</param>
/// <param name="PublicKey">The raw 32-byte Ed25519 public key, base64.</param>
/// <param name="PublicKeyPem">The same key as SPKI PEM.</param>
public sealed record LicensePublicKeyDto(string BusinessId, Mode Mode, string Algorithm, string KeyId, string PublicKey, string PublicKeyPem);
