namespace Portal.Modules.Licensing.Application.LicenseKeys.ListUnifiedLicenseKeys;

internal sealed class ListUnifiedLicenseKeysQueryHandler(ILicensingDbContext db, LicenseKeyMapping mapping)
    : IQueryHandler<ListUnifiedLicenseKeysQuery, IReadOnlyList<LicenseKeyDto>>
{
    public async Task<IReadOnlyList<LicenseKeyDto>> Handle(ListUnifiedLicenseKeysQuery query, CancellationToken cancellationToken)
    {
        if (query.CustomerIds.Count == 0)
        {
            return [];
        }

        var customers = query.CustomerIds.Distinct().ToList();
        var keys = await db.LicenseKeys.AsNoTracking()
            .Where(k => customers.Contains(k.CustomerId) && k.Mode == query.Mode)
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Take(ListUnifiedLicenseKeysQuery.Limit)
            .ToListAsync(cancellationToken);
        return [.. keys.Select(mapping.ToDto)];
    }
}
