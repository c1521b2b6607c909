namespace Portal.Modules.Licensing.Application.Instances.GetLicenseKeyInstance;

internal sealed class GetLicenseKeyInstanceQueryHandler(LicenseKeyFinder finder) : IQueryHandler<GetLicenseKeyInstanceQuery, LicenseKeyInstanceDto>
{
    public async Task<LicenseKeyInstanceDto> Handle(GetLicenseKeyInstanceQuery query, CancellationToken cancellationToken) =>
        LicenseKeyMapping.ToDto(await finder.FindInstanceAsync(query.BusinessId, query.Mode, query.InstanceId, track: false, cancellationToken));
}
