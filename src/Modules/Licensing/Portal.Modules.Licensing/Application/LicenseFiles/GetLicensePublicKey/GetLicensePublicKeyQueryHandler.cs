using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Licensing.Contracts.LicenseFiles;

namespace Portal.Modules.Licensing.Application.LicenseFiles.GetLicensePublicKey;

internal sealed class GetLicensePublicKeyQueryHandler(ISender sender, LicenseSigningKeys keys) : IQueryHandler<GetLicensePublicKeyQuery, LicensePublicKeyDto>
{
    public async Task<LicensePublicKeyDto> Handle(GetLicensePublicKeyQuery query, CancellationToken cancellationToken)
    {
        // Anyone may ask (the endpoint is public): a key pair is made only for a business Identity knows.
        if (!await sender.QueryAsync(new BusinessExistsQuery(query.BusinessId.Value), cancellationToken))
        {
            throw new DomainException(Error.NotFound("Business not found."));
        }

        var key = await keys.GetOrCreateAsync(query.BusinessId, query.Mode, cancellationToken);
        return new LicensePublicKeyDto(
            key.BusinessId.Value, key.Mode, LicenseFileFormat.Algorithm, key.KeyId, Convert.ToBase64String(key.PublicKey), LicenseSigningKeys.PemOf(key.PublicKey));
    }
}
