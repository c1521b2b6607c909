using Portal.Modules.Licensing.Contracts.LicenseFiles;

namespace Portal.Modules.Licensing.Application.LicenseFiles.GetLicenseFile;

internal sealed class GetLicenseFileQueryHandler(LicenseKeyFinder finder, ILicenseKeyVault vault, LicenseFileSigner signer, TimeProvider time)
    : IQueryHandler<GetLicenseFileQuery, LicenseFileDto>
{
    public async Task<LicenseFileDto> Handle(GetLicenseFileQuery query, CancellationToken cancellationToken)
    {
        var key = await finder.FindAsync(query.BusinessId, query.Mode, query.LicenseKeyId, cancellationToken);
        if (key.CustomerId != query.CustomerId)
        {
            throw LicenseKeyFinder.KeyNotFound();
        }

        var now = time.GetUtcNow();
        key.EnsureUsable(now);
        var content = new LicenseFileContent(
            vault.Reveal(key.ProtectedKey), key.Id, key.BusinessId, key.Mode, key.ProductId, key.ProductName, key.CustomerId, key.ExpiresAt, key.ActivationsLimit, now);
        return new LicenseFileDto(await signer.SignAsync(content, cancellationToken), $"{key.Id}.license.json");
    }
}
