using Portal.BuildingBlocks.Application.Caching;

namespace Portal.Modules.Licensing.Application.LicenseKeys.ListUnifiedLicenseKeys;

internal sealed class ListUnifiedLicenseKeysQueryHandler(ILicensingDbContext db, LicenseKeyMapping mapping, TimeProvider time, IAnswerValidity validity)
    : IQueryHandler<ListUnifiedLicenseKeysQuery, IReadOnlyList<LicenseKeyDto>>
{
    public async Task<IReadOnlyList<LicenseKeyDto>> Handle(ListUnifiedLicenseKeysQuery query, CancellationToken cancellationToken)
    {
        if (query.Customers.Count == 0)
        {
            return [];
        }

        var customers = query.Customers.CustomerIds;
        var keys = await db.LicenseKeys.AsNoTracking()
            .Where(k => customers.Contains(k.CustomerId) && k.Mode == query.Mode)
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Take(ListUnifiedLicenseKeysQuery.Limit)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            // A key's status changes when it expires, with no row changing: the answer holds until the first expiry.
            if (key.ExpiresAt is { } expiry && expiry > now)
            {
                validity.Until(expiry);
            }
        }

        return [.. keys.Select(mapping.ToDto)];
    }
}
