using Portal.BuildingBlocks.Application.Caching;

namespace Portal.Modules.Licensing.Application.LicenseKeys.ListCustomerLicenseKeys;

/// <summary>Two round trips whatever the number of keys: the keys, then all their instances.</summary>
internal sealed class ListCustomerLicenseKeysQueryHandler(ILicensingDbContext db, LicenseKeyMapping mapping, TimeProvider time, IAnswerValidity validity)
    : IQueryHandler<ListCustomerLicenseKeysQuery, IReadOnlyList<CustomerLicenseKeyDto>>
{
    public async Task<IReadOnlyList<CustomerLicenseKeyDto>> Handle(ListCustomerLicenseKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = await db.LicenseKeys.AsNoTracking()
            .Where(k => k.BusinessId == query.BusinessId && k.Mode == query.Mode && k.CustomerId == query.CustomerId)
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .ToListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            return [];
        }

        var keyIds = keys.Select(k => k.Id).ToList();
        var instances = (await db.LicenseKeyInstances.AsNoTracking()
                .Where(i => keyIds.Contains(i.LicenseKeyId))
                .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.LicenseKeyId);
        var now = time.GetUtcNow();
        foreach (var key in keys)
        {
            // Statuses and the reset button change with time alone: the answer holds until the first of them.
            if (key.ExpiresAt is { } expiry && expiry > now)
            {
                validity.Until(expiry);
            }

            if (key.ActivationsResetAt is { } reset && reset + LicenseKey.ResetInterval > now)
            {
                validity.Until(reset + LicenseKey.ResetInterval);
            }
        }

        return [.. keys.Select(k => new CustomerLicenseKeyDto(
            mapping.ToDto(k),
            [.. instances[k.Id].Select(LicenseKeyMapping.ToDto)],
            k.InstancesCount > 0 && k.CanResetActivationsAt(now)))];
    }
}
