using Portal.BuildingBlocks.Application.Paging;

namespace Portal.Modules.Licensing.Application.LicenseKeys.ListLicenseKeys;

internal sealed class ListLicenseKeysQueryHandler(ILicensingDbContext db, LicenseKeyMapping mapping, TimeProvider time)
    : IQueryHandler<ListLicenseKeysQuery, IReadOnlyList<LicenseKeyDto>>
{
    public async Task<IReadOnlyList<LicenseKeyDto>> Handle(ListLicenseKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = db.LicenseKeys.AsNoTracking().Where(k => k.BusinessId == query.BusinessId && k.Mode == query.Mode);
        if (query.CustomerId is not null)
        {
            // A malformed id matches nothing rather than everything.
            var customerId = PrefixedId.TryParse<CustomerId>(query.CustomerId, out var parsed) ? parsed : CustomerId.FromTrusted(string.Empty);
            keys = keys.Where(k => k.CustomerId == customerId);
        }

        if (query.ProductId is not null)
        {
            var productId = PrefixedId.TryParse<ProductId>(query.ProductId, out var parsed) ? parsed : ProductId.FromTrusted(string.Empty);
            keys = keys.Where(k => k.ProductId == productId);
        }

        if (query.CreatedAtGte is { } from)
        {
            keys = keys.Where(k => k.CreatedAt >= from);
        }

        if (query.CreatedAtLte is { } to)
        {
            keys = keys.Where(k => k.CreatedAt <= to);
        }

        var now = time.GetUtcNow();
        keys = query.Status switch
        {
            "disabled" => keys.Where(k => k.Disabled),
            "expired" => keys.Where(k => !k.Disabled && k.ExpiresAt != null && k.ExpiresAt <= now),
            "active" => keys.Where(k => !k.Disabled && (k.ExpiresAt == null || k.ExpiresAt > now)),
            _ => keys,
        };

        var page = await keys
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Page(query)
            .ToListAsync(cancellationToken);
        return [.. page.Select(mapping.ToDto)];
    }
}
