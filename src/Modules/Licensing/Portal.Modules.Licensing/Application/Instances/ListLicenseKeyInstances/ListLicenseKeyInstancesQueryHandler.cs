using Portal.BuildingBlocks.Application.Paging;

namespace Portal.Modules.Licensing.Application.Instances.ListLicenseKeyInstances;

internal sealed class ListLicenseKeyInstancesQueryHandler(ILicensingDbContext db)
    : IQueryHandler<ListLicenseKeyInstancesQuery, IReadOnlyList<LicenseKeyInstanceDto>>
{
    public async Task<IReadOnlyList<LicenseKeyInstanceDto>> Handle(ListLicenseKeyInstancesQuery query, CancellationToken cancellationToken)
    {
        var instances = db.LicenseKeyInstances.AsNoTracking().Where(i => i.BusinessId == query.BusinessId && i.Mode == query.Mode);
        if (query.LicenseKeyId is not null)
        {
            // A malformed id matches nothing rather than everything.
            var keyId = PrefixedId.TryParse<LicenseKeyId>(query.LicenseKeyId, out var parsed) ? parsed : LicenseKeyId.FromTrusted(string.Empty);
            instances = instances.Where(i => i.LicenseKeyId == keyId);
        }

        var page = await instances
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return [.. page.Select(LicenseKeyMapping.ToDto)];
    }
}
