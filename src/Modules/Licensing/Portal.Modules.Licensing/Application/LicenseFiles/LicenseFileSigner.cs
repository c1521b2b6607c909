namespace Portal.Modules.Licensing.Application.LicenseFiles;

/// <summary>Signs a license file with its business's key of its mode (made on first need).</summary>
internal sealed class LicenseFileSigner(LicenseSigningKeys keys)
{
    /// <summary>The <c>portal-license/1</c> file's bytes (UTF-8 JSON), ready to download.</summary>
    public async Task<byte[]> SignAsync(LicenseFileContent content, CancellationToken cancellationToken)
    {
        var signingKey = await keys.GetOrCreateAsync(content.BusinessId, content.Mode, cancellationToken);
        using var privateKey = keys.PrivateKeyOf(signingKey);
        return LicenseFileFormat.Sign(content, privateKey, signingKey.KeyId);
    }
}
