namespace Portal.Modules.Licensing.Application.LicenseKeys.GetLicenseKey;

internal sealed class GetLicenseKeyQueryHandler(LicenseKeyFinder finder, LicenseKeyMapping mapping) : IQueryHandler<GetLicenseKeyQuery, LicenseKeyDto>
{
    public async Task<LicenseKeyDto> Handle(GetLicenseKeyQuery query, CancellationToken cancellationToken) =>
        mapping.ToDto(await finder.FindAsync(query.BusinessId, query.Mode, query.LicenseKeyId, cancellationToken));
}
